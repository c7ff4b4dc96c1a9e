"""(r43periods) A year the minutes give as a target or a forecast ("by 2032/33", "until 2021-22") is not the period a
document reports on: an undated report whose only financial year is a horizon has no reporting period (it was given
the horizon, and the compare stage placed its values at that horizon's end, ahead of every dated meeting)."""

from __future__ import annotations

import pandas as pd

from analysis.compare import figure_periods, periods_by_document, reporting_periods
from analysis.figures import extract


def _numbers(doc_id: str, text: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    figures, numbers = extract(text)
    ren = {"start": "raw_start", "end": "raw_end"}
    numbers = numbers.rename(columns=ren).assign(doc_id=doc_id, segment_id=f"{doc_id}:0")
    figures = figures.rename(columns=ren).assign(doc_id=doc_id, segment_id=f"{doc_id}:0")
    return figures, numbers


# Camden's 2024 School Place Planning Report (r43 walk, Left 5), in its own words' shape.
PLANNING = ("Ten forms of entry have been removed from our reception intake since 2018. The reception surplus is "
            "estimated to rise from 6.7% in 2023 to 28% by 2032/33.")


def test_a_horizon_alone_gives_no_reporting_period() -> None:
    _, numbers = _numbers("camden", PLANNING)
    assert reporting_periods(numbers).empty


def test_figures_of_other_sentences_do_not_take_the_horizon() -> None:
    figures, numbers = _numbers("camden", PLANNING)
    periods = dict(zip(figures["surface"], figure_periods(figures, numbers)))
    assert periods["Ten"] is None  # (was "2032/33", the report's only financial year)
    assert periods["28%"] == "2032/33"  # the target's own sentence still names its year


def test_the_period_reported_on_wins_over_more_frequent_horizons() -> None:
    text = ("The budget monitoring report for 2024/25 was noted. Places will rise until 2027/28. The deficit is to be "
            "recovered by 2027/28, and balanced by the end of 2027/28.")
    _, numbers = _numbers("d", text)
    assert periods_by_document(reporting_periods(numbers)).to_dict() == {"d": "2024/25"}


def test_years_named_as_past_or_reported_are_kept() -> None:
    text = "Exclusions from 2009/10 to 2019/20 were compared to 2019/20. The forecast outturn for 2019/20 is £3m."
    _, numbers = _numbers("d", text)
    assert periods_by_document(reporting_periods(numbers)).to_dict() == {"d": "2019/20"}
