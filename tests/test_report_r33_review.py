"""Round 33, helper r33review: the council page's undated values (r33tidy) named alike.

r33tidy named each undated value's agenda item in "Values over the meetings" so that a reader can tell a council's
undated items apart. Two items with one title (Tameside's dev page: two documents titled "DSG High Needs Spending and
Deficit Recovery Plan", each giving a High Needs deficit) read "undated (DSG ...): 5,876,000; undated (DSG ...):
1,018,000", which tells them no better than "undated" did. A title several of the council's documents share is now
followed by the document's file. The ``fails`` test fails on c90e148a; the guard passes on both.
"""

from __future__ import annotations

import re

import pandas as pd

from report_pages import council, tables, with_undated
from test_report_r33_tidy import _row, _values_cell


def _two_alike() -> dict[str, pd.DataFrame]:
    """Beta with two more undated documents, b2 and b3, both titled "Budget monitoring", each giving an EHCP timeliness
    value (b1, Beta's own, keeps its own title)."""
    return with_undated({"b2": ("Budget monitoring", "EHCP timeliness was 50% this term.", "50%"),
                         "b3": ("Budget monitoring", "EHCP timeliness stood at 52% by then.", "52%")})


# Fails on c90e148a: both read "Budget monitoring".
def test_undated_items_of_one_title_are_told_apart_by_their_file(tmp_path):
    html = council(tables(tmp_path / "alike", _two_alike()), "beta-borough-council")
    cell = _values_cell(_row(html, "EHCPs issued within 20 weeks"))
    names = re.findall(r"undated \(<a href=\"#[^\"]+\">(.*?)</a>\): (\d+)", cell)
    assert names[1:] == [("Budget monitoring (b2.txt)", "50"), ("Budget monitoring (b3.txt)", "52")], names


# Guard: a title no other document shares is named alone, as r33tidy wrote it.
def test_a_title_of_its_own_stays_alone(tmp_path):
    html = council(tables(tmp_path / "alike", _two_alike()), "beta-borough-council")
    cell = _values_cell(_row(html, "EHCPs issued within 20 weeks"))
    names = re.findall(r"undated \(<a href=\"#[^\"]+\">(.*?)</a>\): (\d+)", cell)
    assert names[0] == ("Performance &lt;b&gt;report&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;", "55"), names
