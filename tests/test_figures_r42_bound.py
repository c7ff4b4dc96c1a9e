"""(r42bound) A figure's value given as a bound or an approximation ("above 71%", "over 300 children", "up to £7,000 a
week", "around 1,200") says so in the figures table's ``bound`` column, from the researcher's ``bounds:`` lists of
data/figure_rules.yml; a comparator ("45%, below target", "below the national average of 71%") bounds nothing. The
compare tables carry the column, and the pages write the bound before the value ("> 71", "≥ 40", "~1,200"), escaped.
Round 41's walk found Halton's "increased above 71%" shown as 71 beside other councils' values."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import compare, report, schemas, search
from analysis.errors import ConfigError, SchemaError
from analysis.figures import extract_figures
from analysis.figures.rules import load_rules

import report_pages
from test_compare import tiny_tables

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_RULES = ROOT / "data" / "figure_rules.yml"


def bounds(text: str, rules=None) -> list[tuple[str, str | None]]:
    """(surface, bound) of every figure of ``text``."""
    f = extract_figures(text, rules=rules)
    return [(s, None if pd.isna(b) else b) for s, b in zip(f["surface"], f["bound"])]


# ---------------------------------------------------------------- each bound kind, before and after the value

@pytest.mark.parametrize("text, surface, want", [
    ("Secondary school standings had increased above 71%.", "71%", "more_than"),
    ("There were over 300 children in care.", "300", "more_than"),
    ("The overspend is more than £2m.", "£2m", "more_than"),
    ("Spending was in excess of £1m.", "£1m", "more_than"),
    ("There were just over 1,200 referrals.", "1,200", "more_than"),
    ("At least 40 schools responded.", "40", "at_least"),
    ("Each child has a minimum of 5 visits.", "5", "at_least"),
    ("Fewer than 10 schools declined.", "10", "less_than"),
    ("Absence was under 5% in May.", "5%", "less_than"),
    ("Almost 50% of plans were late.", "50%", "less_than"),
    ("Attendance was well below 90% in May.", "90%", "less_than"),
    ("Placements cost up to £7,000 a week.", "£7,000", "at_most"),
    ("Children had no more than 3 moves.", "3", "at_most"),
    ("There were around 1,200 contacts.", "1,200", "about"),
    ("Approximately 3.5% of pupils were excluded.", "3.5%", "about"),
    ("The service costs c.£2m a year.", "£2m", "about"),
])
def test_each_bound_kind_before_the_value(text, surface, want):
    assert (surface, want) in bounds(text)


def test_words_after_the_value_bound_it():
    assert bounds("Attendance was 95% or above in May.") == [("95%", "at_least")]
    assert bounds("The overspend was £3m or less.") == [("£3m", "at_most")]


def test_a_plain_value_and_a_range_have_no_bound():
    assert bounds("There were 300 children in care and between 10 and 20 vacancies.") == [
        ("300", None), ("between 10 and 20", None)]


# ---------------------------------------------------------------- comparators and other words that bound nothing

@pytest.mark.parametrize("text, surface", [
    ("Absence was 45%, below target.", "45%"),  # a comparator after the value
    ("Attendance was below the national average of 71%.", "71%"),  # a comparator phrase, not next to the value
    ("Attendance was 45%, below 50% last year.", "50%"),  # compares the two values: last year's 50% is exact
    ("Our rate is 45%, which is above 40% nationally.", "40%"),
    ("The rate rose up to 30% in May.", "30%"),  # a level reached, no cap
    ("Fees ranged from £500 up to £7,000 a week.", "£7,000"),  # the end of a range
    ("Members asked about 3 cases of concern.", "3"),  # a preposition after a verb of speaking
    ("The costs were spread over 3 sites.", "3"),
])
def test_comparators_and_other_uses_of_the_words_bound_nothing(text, surface):
    got = dict(bounds(text))
    assert surface in got and got[surface] is None


def test_over_between_an_amount_and_a_duration_is_a_time_not_a_bound():
    # (declared from the first half of the councils: a Derbyshire budget's "more than £200,000 over two years")
    assert bounds("Schools had a cash loss of more than £200,000 over two years.") == [
        ("£200,000", "more_than"), ("two years", None)]
    assert bounds("Children were waiting over 2 years for a plan.") == [("2 years", "more_than")]


def test_a_bound_word_bounds_only_the_value_next_to_it():
    assert bounds("Numbers fell from over 300 to 250.") == [("300", "more_than"), ("250", None)]


def test_a_comparison_word_with_a_bound_keeps_it():
    # "over" is next to the national value and no comparison word stands between the two: it is a bound
    assert bounds("It was 55% compared to over 60% nationally.") == [("55%", None), ("60%", "more_than")]


# ---------------------------------------------------------------- the researcher's lists

def test_a_researchers_list_decides_the_bounds(tmp_path):
    text = SHIPPED_RULES.read_text(encoding="utf-8").replace(
        'about: [about, around, approximately,', 'about: [about, around, "getting on for", approximately,')
    path = tmp_path / "figure_rules.yml"
    path.write_text(text, encoding="utf-8")
    assert bounds("There were getting on for 300 children.", load_rules(path)) == [("300", "about")]
    assert bounds("There were getting on for 300 children.") == [("300", None)]


def test_a_copy_without_the_section_reads_the_shipped_lists(tmp_path):
    text = SHIPPED_RULES.read_text(encoding="utf-8")
    path = tmp_path / "old_figure_rules.yml"
    path.write_text(text[:text.index("\nbounds:")] + "\n", encoding="utf-8")
    assert bounds("There were over 300 children.", load_rules(path)) == [("300", "more_than")]


def test_a_phrase_under_two_bounds_is_refused_naming_the_file(tmp_path):
    text = SHIPPED_RULES.read_text(encoding="utf-8").replace('less_than: ["less than",', 'less_than: [over, "less than",')
    path = tmp_path / "my_rules.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"my_rules\.yml: bounds\.before: 'over' listed both under more_than and "
                                          r"under less_than"):
        load_rules(path)


def test_an_unknown_bound_is_refused(tmp_path):
    text = SHIPPED_RULES.read_text(encoding="utf-8").replace("    at_most: [\"up to\"", "    at_best: [\"up to\"")
    path = tmp_path / "my_rules.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"my_rules\.yml: bounds\.before: unknown field\(s\) \['at_best'\]"):
        load_rules(path)


# ---------------------------------------------------------------- schemas

def test_the_schemas_declare_and_document_the_column():
    for s in (schemas.FIGURES, schemas.COUNCIL_FIGURES, schemas.INDICATOR_SERIES, schemas.INDICATOR_LATEST):
        assert s.columns["bound"] == ("string", True), s.name
        assert "more_than" in s.docs["bound"] and "about" in s.docs["bound"], s.name
    cols = list(schemas.FIGURES.columns)
    assert cols.index("bound") == cols.index("value_max") + 1


def test_a_figures_table_without_the_column_is_refused():
    figs = tiny_tables()["figures"].drop(columns=["bound"])
    with pytest.raises(SchemaError, match=r"missing columns \['bound'\]"):
        schemas.check_table("figures", figs)


def test_the_compare_tables_carry_the_bound(tmp_path):
    t = _bounded_tables()
    report_pages.tables(tmp_path, t)
    latest = pd.read_csv(tmp_path / "processed" / "indicator_latest.csv")
    row = latest[(latest["council_slug"] == "gamma-co-council") & (latest["indicator_id"] == "children_in_care")]
    assert row["bound"].tolist() == ["more_than"]
    series = pd.read_csv(tmp_path / "processed" / "indicator_series.csv")
    assert "bound" in series.columns
    cf = pd.read_csv(tmp_path / "processed" / "council_figures.csv")
    assert cf.loc[cf["surface"] == "450", "bound"].tolist() == ["more_than"]


def test_the_compare_stage_reads_an_older_figures_table_as_without_bounds():
    t = tiny_tables()
    got = compare.figure_table(t["figures"].drop(columns=["bound"]), t["topics"], t["documents"], t["numbers"])
    assert got["bound"].isna().all() and len(got) == len(t["figures"])


# ---------------------------------------------------------------- the pages

def _bounded_tables() -> dict[str, pd.DataFrame]:
    """The tiny corpus with Gamma's "450 children in care" written "over 450" and its bound set; a second value of
    Beta's with a bound and a planted tag in its words."""
    t = tiny_tables()
    figs = t["figures"]
    at = figs.index[figs["surface"] == "450"]
    figs.loc[at, "bound"] = "more_than"
    figs.loc[at, "sentence"] = "There were over 450 children in care."
    t["figures"] = figs
    return t


def test_values_with_a_bound_are_shown_with_it_and_escaped(tmp_path):
    tables = report_pages.tables(tmp_path, _bounded_tables())
    page = report_pages.council(tables, "gamma-co-council")
    assert "&gt; 450" in page and "> 450" not in page.replace("&gt; 450", "")
    comparison = report_pages.comparison(tables)
    assert "&gt; 450" in comparison
    # a value without a bound is shown as before
    alpha = report_pages.council(tables, "alpha-county-council")
    assert "&gt; 700" not in alpha and "700" in alpha


def test_value_text_and_money_cells_write_the_mark_before_the_symbol():
    assert report.value_text(2_000_000.0, None, "more_than") == "> 2,000,000"
    assert report.money_cell(report.value_text(7000.0, None, "at_most"), "pounds (£) per week") == ("≤ £7,000", "per week")
    assert report.value_text(1200.0, None, "about") == "~1,200"
    assert report.value_text(40.0, None, None) == "40" and report.value_text(40.0, None, float("nan")) == "40"
    assert report.value_text(40.0, None, "at_least") == "≥ 40" and report.value_text(5.0, None, "less_than") == "< 5"


def test_the_search_page_marks_a_bounded_figure(tmp_path):
    from analysis import paths  # noqa: F401  (the index is built from the tables as make search-index does)

    t = _bounded_tables()
    processed = tmp_path / "processed"
    report_pages.tables(tmp_path, t)
    search.build_index(processed_dir=processed)
    with search.SearchIndex(search.index_path(processed)) as idx:
        res = idx.run("children care", None, None, None, None, 50)
        figs = idx.figures(res.hits)
        html = search.render_html(res, idx.marks(res.query, res.hits["text"]), figs)
    assert any(f["bound"] == "more_than" for fs in figs.values() for f in fs)
    assert "&gt; </span>450" in html
