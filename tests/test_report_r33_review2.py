"""Round 33, r33review2 (a second review of wave 2): edge cases of r33reader's page helpers.

* ``charts._wrap`` drew a word longer than its width whole, so a council or theme name without spaces ("Kingston-upon-
  Thames-and-Richmond-upon-Thames-Council", a URL given as a name) ran as wide as it was long on the timeline, the
  heatmap and the legends; before r33reader every label was cut with "…". Now each line is at most the width (fails on
  415626b9). The others are guards that pass on 415626b9 and after: ``split_quiet`` with no council, one council and
  all quiet; a name of the minutes with markup is escaped in the new lists and repeated heads.
Notes r33_r33review2.
"""

from __future__ import annotations

import dataclasses

import matplotlib
import pandas as pd
import pytest

from analysis import charts, report
from report_pages import comparison as _comparison, section as _section, tables as _tables

matplotlib.use("Agg")

LONG = "Kingston-upon-Thames-and-Richmond-upon-Thames-Council"


@pytest.mark.parametrize("width", [26, 30, 34])
def test_wrap_never_draws_a_line_wider_than_its_width(width):
    # fails on 415626b9: the unspaced name stayed whole (53 characters)
    for text in [LONG, f"{LONG} Children's Services Committee", "https://democracy.example.gov.uk/councils/slug-of-a-council"]:
        lines = charts._wrap(text, width).split("\n")
        assert len(lines) <= 2 and all(len(x) <= width for x in lines), lines


def test_guard_wrap_keeps_spaced_names_and_non_ascii_whole():
    assert charts._wrap("Royal Borough of Kensington and Chelsea", 30) == "Royal Borough of Kensington\nand Chelsea"
    assert charts._wrap("Cyngor Sir Ynys Môn", 30) == "Cyngor Sir Ynys Môn"
    assert charts._wrap("", 30) == ""


def test_the_timeline_cuts_an_unspaced_council_name():
    # fails on 415626b9 (the name whole on one line)
    import matplotlib.pyplot as plt

    rows = pd.DataFrame({"council_slug": ["k"], "meeting_date": ["2024-02-08"], "doc_id": ["k1"]})
    fig = charts.plot_timeline(rows, {"k": LONG})
    try:
        (label,) = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        assert len(label) <= 30 and label.endswith("…")
    finally:
        plt.close(fig)


# ----------------------------------------------------------------------------- split_quiet at its edges (guards)


def test_split_quiet_of_no_council():
    assert report.split_quiet([], lambda r: True) == ([], [])


def test_split_quiet_of_one_council_quiet_or_not():
    row = {"council_slug": "a", "council": "A <b>&</b>", "n": 0}
    assert report.split_quiet([row], lambda r: r["n"] > 0) == ([], [{"slug": "a", "name": "A <b>&</b>"}])
    assert report.split_quiet([row | {"n": 1}], lambda r: r["n"] > 0) == ([row | {"n": 1}], [])


def test_split_quiet_all_quiet_keeps_the_order():
    rows = [{"council_slug": s, "council": s.upper(), "n": 0} for s in "cab"]
    shown, quiet = report.split_quiet(rows, lambda r: r["n"] > 0)
    assert shown == [] and [q["slug"] for q in quiet] == ["c", "a", "b"]


# ----------------------------------------------------------------------------- escaping of the new pieces (guards)


def test_a_council_name_with_markup_is_escaped_in_the_quiet_lists(tmp_path):
    t = _tables(tmp_path)
    view = report.comparison_view(t)
    names = view.names.copy()
    names["gamma-co-council"] = "Gamma <i>& Co</i>"
    off = view.offtrack.copy()
    off.loc[:, [c for c in off.columns if c != "council_slug"]] = 0
    html = _comparison(t, dataclasses.replace(view, names=names, offtrack=off))
    assert "<i>& Co</i>" not in html
    assert "Gamma &lt;i&gt;&amp; Co&lt;/i&gt;" in _section(html, "offtrack")
    assert "Gamma &lt;i&gt;&amp; Co&lt;/i&gt;" in _section(html, "distinctive")
