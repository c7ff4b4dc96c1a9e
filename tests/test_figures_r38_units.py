"""(r38units) Units and ranges of figures a researcher compares side by side: a bare scaled amount ("123k", "2.1m",
"0.750m") after money, or listed under a sentence of money, is money; a population written "1.1m" stays a count."""

from __future__ import annotations

from analysis.figures import extract_figures
from analysis.figures.context import bare_amount_is_money, scaled_amount
from analysis.figures.grammar import Hit, change_before_from
from analysis.figures.rules import load_rules


def _units(text: str) -> dict[str, str]:
    f = extract_figures(text)
    return dict(zip(f["surface"], f["unit"]))


def test_a_bare_scaled_amount_after_an_amount_of_money_is_money() -> None:
    u = _units("The overall position is an overspend of 6,240k. Significant issues are detailed below: the forecast "
               "variance on the Council share increased by 123k in August to reach 2.1m.")
    assert u["123k"] == u["2.1m"] == "gbp"
    u = _units("An overspend of 1.604 million is projected against the schools budget. This is an improvement of "
               "0.750m compared with the previous report.")
    assert u["0.750m"] == "gbp"


def test_a_bare_scaled_population_or_a_counted_noun_stays_a_count() -> None:
    assert _units("Hertfordshire covers 634 square miles, with a population of around 1.1m, making it dense.")["1.1m"] \
        == "count"
    u = _units("The grant was cut by £2.5m. The county now has 1.2m residents.")
    assert u["1.2m"] == "count"
    u = _units("The grant was £2,500. The county has a population of 1.2m.")  # money before, but no scale: a count
    assert u["1.2m"] == "count"


def test_a_list_item_under_a_sentence_of_money_ending_in_a_colon_is_money() -> None:
    lead = "that the Dedicated Schools Grant (DSG) reserve be allocated as follows:"
    t = "- 0.6m to the Education Improvement Partnerships."
    assert bare_amount_is_money(t, Hit(2, 6, "figure", "num", [6e5]), "count", False, lead)
    assert not bare_amount_is_money(t, Hit(2, 6, "figure", "num", [6e5]), "count", False, "the schools are as follows:")
    assert not bare_amount_is_money(t, Hit(2, 6, "figure", "num", [6e5]), "count", False, "")
    assert scaled_amount("£3m") and not scaled_amount("600")


def _values(text: str) -> list[tuple[float, object]]:
    f = extract_figures(text)
    return [(v, None if m != m else m) for v, m in zip(f["value"], f["value_max"])]


def test_from_a_to_b_after_a_verb_of_change_further_back_is_two_figures_not_a_range() -> None:
    assert _values("To approve the proposal to permanently expand Mill Green Special School from 93 to 106 for "
                   "2020-21.") == [(93.0, None), (106.0, None)]
    assert _values("The number of children in care increased by 47 between May and September this year, from 872 "
                   "to 919.") == [(47.0, None), (872.0, None), (919.0, None)]


def test_a_band_of_counts_stays_a_range() -> None:
    assert _values("Class sizes range from 26 to 30.") == [(26.0, 30.0)]
    t = "The plan will increase the funded places for children from 2 to 4."
    assert not change_before_from(t, t.index("2 to"), load_rules())  # ages, not a change
    t = "The increase was agreed last year. Class sizes vary from 26 to 30."
    assert not change_before_from(t, t.index("26"), load_rules())  # the verb is in the sentence before


def test_a_bare_scaled_amount_after_money_whose_sentence_names_a_count_stays_a_count() -> None:
    # (r38review2) money before with a scale lent "money" to any bare scaled amount after it that no noun follows:
    # "Population of 1.1m." and "the number of visits was 1.2m" are counts whatever the sentence before spoke of
    u = _units("The deficit was £6.2m at year end. The county has a population of 1.1m.")
    assert u["£6.2m"] == "gbp" and u["1.1m"] == "count"
    u = _units("The overspend was £6.2m. The number of visits to the centres was 1.2m.")
    assert u["1.2m"] == "count"
    u = _units("The overspend was 6,240k. The variance increased by 123k in August.")
    assert u["123k"] == "gbp"  # no count named before it: money, as r38units reads it


def test_from_a_to_b_after_a_band_verb_and_an_adverb_stays_a_range() -> None:
    # (r38review2) a verb of change earlier in the sentence split any "from A to B" of counts; a band's verb with an
    # adverb before "from" ("ranged widely from") names a range all the same
    t = ("The number of pupils with a plan increased sharply this year, and class sizes in the schools ranged widely "
         "from 26 to 30.")
    assert list(extract_figures(t)["surface"]).count("26 to 30") == 1
    r = load_rules()
    assert not change_before_from(t, t.index("26"), r)
    t = "The number of places increased this year, and caseloads across the teams vary considerably from 12 to 20."
    assert not change_before_from(t, t.index("12"), r)
    t = "To approve the proposal to permanently expand Mill Green Special School from 93 to 106 for 2020-21."
    assert change_before_from(t, t.index("93"), r)  # the change stays two figures
