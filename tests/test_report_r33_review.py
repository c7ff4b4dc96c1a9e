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

from report_pages import council, tables
from test_compare import BETA, SPACING, _doc, _fig, _seg, _theme_shares, tiny_tables
from test_report_r33_tidy import _row, _values_cell


def _two_alike() -> dict[str, pd.DataFrame]:
    """Beta with two more undated documents, b2 and b3, both titled "Budget monitoring", each giving an EHCP timeliness
    value (b1, Beta's own, keeps its own title)."""
    t = tiny_tables()
    added = {"b2": ("Budget monitoring", "EHCP timeliness was 50% this term.", "50%"),
             "b3": ("Budget monitoring", "EHCP timeliness stood at 52% by then.", "52%")}
    start = SPACING
    docs = pd.DataFrame([_doc(d, BETA, "beta-borough-council", None, None, title) for d, (title, _, _) in added.items()])
    segs = pd.DataFrame([_seg(d, 0, text, start) for d, (_, text, _) in added.items()])
    figs = pd.DataFrame([_fig(d, 0, BETA, None, text, surface, float(surface[:-1]), "percent", "ehcp_timeliness",
                              None, "none") for d, (_, text, surface) in added.items()])
    topics = pd.DataFrame([{"doc_id": d, "segment_id": f"{d}:0000", "topic": 0, "topic_weight": 0.9,
                            "topic_label": "topic send", "theme": "send", "theme_terms": None, "raw_start": start,
                            "raw_end": start + len(text)} for d, (_, text, _) in added.items()])
    for name, extra in (("documents", docs), ("segments", segs), ("figures", figs), ("topics", topics)):
        t[name] = pd.concat([t[name], extra.astype(t[name].dtypes.to_dict())], ignore_index=True)
    t["theme_shares"] = _theme_shares(t["documents"], t["segments"], t["topics"])
    return t


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
