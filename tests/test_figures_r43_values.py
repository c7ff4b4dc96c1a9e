"""(r43values) Two value defects round 42 left (tests/realworld/notes/r42_bound.md):

* a minus sign glued to a currency sign was dropped: "a variance of -£300,000" gave +300000, so a researcher summing or
  comparing variances read the wrong sign. The amount now takes its sign, in its span as "-2.7%" already does; a dash
  set apart by a space ("Gross budget - £272m"), a bullet's dash and a range's dash are no sign. The pages write it
  "-£300,000", and the compare stage keeps it a money value, apart from the count and percentage indicators.
* a count given as a lower bound that measures ("there were 300 or more children waiting", "40+ young people
  attended") was read as a threshold or an age: it is a figure whose ``bound`` is ``at_least``. A count that qualifies a
  group ("children with 10 or more absences") stays a threshold, as the gold's rules have it (tests/gold/README.md:
  "three or more placements" bounds a definition); "100 plus applications" says ``at_least`` too.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import compare
from analysis.figures import extract_figures
from analysis.figures.grammar import money_minus_sign

import report_pages
from test_compare import GAMMA, SPACING, _fig, _seg, tiny_tables


def figures(text: str) -> list[tuple[str, float, str | None]]:
    """(surface, value, bound) of every figure of ``text``."""
    f = extract_figures(text)
    return [(s, v, None if pd.isna(b) else b) for s, v, b in zip(f["surface"], f["value"], f["bound"])]


# ---------------------------------------------------------------- a minus sign before a currency sign

@pytest.mark.parametrize("text, surface, value", [
    ("The forecast variance was -£300,000 against budget.", "-£300,000", -300000.0),
    ("A forecast variance of –£1.2m was reported.", "–£1.2m", -1200000.0),  # an en dash typed for a minus
    ("The net position was −£45k at year end.", "−£45k", -45000.0),  # the minus sign U+2212
    ("An underspend (-£2m) was reported.", "-£2m", -2000000.0),
    ("Grant funding was -€79,941 in the table.", "-€79,941", -79941.0),
])
def test_a_minus_sign_glued_to_the_currency_sign_makes_the_amount_negative(text, surface, value):
    assert (surface, value) in [(s, v) for s, v, _ in figures(text)]


def test_the_signed_span_slices_back_to_its_words_and_keeps_its_bound():
    text = "The deficit had grown to circa -£21.205m following an in-year loss of -£7.341m in FY 2024-25."
    f = extract_figures(text)
    assert f["value"].tolist() == [-21205000.0, -7341000.0]
    assert [text[s:e] for s, e in zip(f["start"], f["end"])] == ["-£21.205m", "-£7.341m"]
    assert f["bound"].tolist()[0] == "about"  # "circa" still stands right before the value


@pytest.mark.parametrize("text, surface, value", [
    ("Gross budget - £272m", "£272m", 272000000.0),  # a spaced dash parts a label from its value
    ("Savings needed:\n- £13 million in 2025/26", "£13 million", 13000000.0),  # a bullet's dash
    ("Placements cost between £3,500 -£4,500 a week.", "£3,500 -£4,500", 3500.0),  # a range's dash
])
def test_a_dash_that_is_no_minus_sign_leaves_the_amount_positive(text, surface, value):
    assert (surface, value) in [(s, v) for s, v, _ in figures(text)]


def test_money_minus_sign_reads_only_a_dash_glued_to_a_single_amount():
    t = "a change of -£4-5m; costs of -£2m"
    assert not money_minus_sign(t, t.index("£4"), t.index("£4") + 5)  # a range: the sign would bound one end only
    assert money_minus_sign(t, t.index("£2m"), t.index("£2m") + 3)


def with_one_figure(sentence: str, unit: str = "gbp", indicator: str = "budget_variance",
                    keep_bound: bool = False) -> dict[str, pd.DataFrame]:
    """The tiny corpus with Gamma's third segment replaced by ``sentence`` and its one figure as the figures stage
    reads it (surface and value from :func:`extract_figures`; its bound too with ``keep_bound``), of ``unit`` and
    ``indicator`` (a budget variance in pounds unless told; r44review: r44values' ratio test builds the same way)."""
    t = tiny_tables()
    got = extract_figures(sentence)
    assert len(got) == 1
    surface, value = str(got["surface"].iloc[0]), float(got["value"].iloc[0])
    segs = t["segments"]
    at = segs.index[segs["segment_id"] == "c1:0002"]
    segs.loc[at, "text"] = sentence
    segs.loc[at, "raw_end"] = SPACING * 3 + len(sentence)
    segs.loc[at, "n_words"] = len(sentence.split())
    row = _fig("c1", 2, GAMMA, "2023-05-05", sentence, surface, value, unit, indicator, None, "none")
    if keep_bound:
        row["bound"] = got["bound"].iloc[0]
    t["figures"] = pd.concat([t["figures"], pd.DataFrame([row]).astype(t["figures"].dtypes.to_dict())],
                             ignore_index=True)
    return t


def test_the_pages_show_a_negative_amount_with_its_sign_before_the_symbol(tmp_path):
    tables = report_pages.tables(tmp_path, with_one_figure("The forecast variance was -£300,000 at year end."))
    page = report_pages.council(tables, "gamma-co-council")
    assert "-£300,000" in page and "£-300,000" not in page


def test_the_compare_stage_keeps_a_negative_variance_apart_from_the_counts(tmp_path):
    report_pages.tables(tmp_path, with_one_figure("The forecast variance was -£300,000 at year end."))
    latest = pd.read_csv(tmp_path / "processed" / "indicator_latest.csv")
    gamma = latest[latest["council_slug"] == "gamma-co-council"].set_index("indicator_id")
    assert (gamma.loc["budget_variance", "value"], gamma.loc["budget_variance", "unit"]) == (-300000.0, "gbp")
    assert (gamma.loc["children_in_care", "value"], gamma.loc["children_in_care", "unit"]) == (450.0, "count")
    shared = compare.shared_indicators(pd.read_csv(tmp_path / "processed" / "indicator_latest.csv"), min_councils=1)
    assert ("budget_variance", "gbp") in shared and ("children_in_care", "count") in shared


# ---------------------------------------------------------------- a count given as a lower bound

@pytest.mark.parametrize("text, surface", [
    ("There were 300 or more children waiting for an assessment.", "300"),
    ("There are now 25 or more families on the waiting list.", "25"),
    ("40+ young people attended the event.", "40"),
    ("The service supported 40+ families this year.", "40"),
    ("The team received 100 or more referrals in May.", "100"),
    ("• 60 or more carers have been recruited since April.", "60"),
    ("A total of 300 or more children were waiting.", "300"),  # a total, not a group's size
])
def test_a_count_given_as_a_lower_bound_that_measures_is_a_figure_at_least(text, surface):
    assert (surface, "at_least") in [(s, b) for s, _, b in figures(text)]


@pytest.mark.parametrize("text", [
    "Children with 10 or more absences were tracked.",
    "Schools that received 10 or more referrals were visited.",
    "The report counts CLA with 3 or more placements in a year.",
    "3 or more placements in a year",
    "Funding is paid where there are 30 or more pupils in a class.",
    "16+ young people attended the workshop.",  # an age limit
    "Classes of 30 or more were reported.",  # the size that says which classes
    "Families of five or more were offered larger homes.",
])
def test_a_count_that_qualifies_a_group_stays_no_figure(text):
    assert figures(text) == []


def test_plus_after_a_count_is_at_least_but_not_a_sum_or_a_price():
    assert figures("We received 100 plus applications.") == [("100", 100.0, "at_least")]
    assert [b for _, _, b in figures("The price was £300 plus VAT.")] == [None]
    assert [b for _, _, b in figures("It cost £5m plus £2m.")] == [None, None]
