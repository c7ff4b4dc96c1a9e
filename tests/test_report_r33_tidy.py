"""Round 33 (r33tidy): a council page's "Values over the meetings" names the agenda item of each undated value.

The cell said "undated: 55%" (Warwickshire's seed page: "undated: 3,700", "undated: 448", three rows of one
council with no word of which agenda item each came from): a reader could not find the value's minutes. Each undated
value now names its item (the manifest's title, else the document's file), escaped, linked to the value's quote on
the page. Dated meetings read as before. Tests marked "fails on BASE" do (main 9fb9d9c6); the guards pass on both.
Frames: the tiny corpus of test_compare (Beta's one document is undated, its title a planted img tag), with two more
undated documents of Beta added where a test needs them.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis import report
from report_pages import council, section, tables, with_undated
from test_compare import ONERROR


def _row(html: str, label: str) -> str:
    """The indicators table's row of ``label``."""
    rows = re.findall(r"<tr><td>.*?</tr>", section(html, "indicators"), re.S)
    (row,) = [r for r in rows if r.startswith(f"<tr><td>{label}")]
    return row


def _values_cell(row: str) -> str:
    return re.findall(r"<td>(.*?)</td>", row, re.S)[-2]  # (the last is the themes)


def _three_undated() -> dict[str, pd.DataFrame]:
    """Beta: b1 (titled with a planted tag), b2 "Budget monitoring" and b3 with no title, all undated, each giving an
    EHCP timeliness value."""
    return with_undated({"b2": ("Budget monitoring", "EHCP timeliness was 50% this term.", "50%"),
                         "b3": (None, "EHCP timeliness stood at 52% by then.", "52%")})


# Fails on BASE: the undated value named no agenda item ("undated: 55%").
def test_undated_value_names_its_item_linked_to_its_quote(tmp_path):
    tb = tables(tmp_path)
    html = council(tb, "beta-borough-council")
    cell = _values_cell(_row(html, "EHCPs issued within 20 weeks"))
    fig = tb.council_figures
    fid = fig.loc[(fig["doc_id"] == "b1") & (fig["indicator_id"] == "ehcp_timeliness"), "figure_id"].iloc[0]
    anchor = report.anchor_id(fid)
    assert cell == (f'undated (<a href="#{anchor}">Performance &lt;b&gt;report&lt;/b&gt; '
                    f'&lt;img src=x onerror=alert(1)&gt;</a>): 55')
    assert f'id="{anchor}"' in html  # the link reaches the quote
    assert ONERROR not in html  # escaped


# Fails on BASE: three undated items of one council, each named (by title, else by its file), in the series' order.
def test_several_undated_items_each_named(tmp_path):
    tb = tables(tmp_path / "three", _three_undated())
    html = council(tb, "beta-borough-council")
    cell = _values_cell(_row(html, "EHCPs issued within 20 weeks"))
    names = re.findall(r"undated \(<a href=\"#([^\"]+)\">(.*?)</a>\): (\d+)", cell)
    assert [(n, v) for _, n, v in names] == [
        ("Performance &lt;b&gt;report&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;", "55"),
        ("Budget monitoring", "50"), ("b3.txt", "52")]
    for anchor, _, _ in names:
        assert f'id="{anchor}"' in html
    row = _row(html, "EHCPs issued within 20 weeks")
    assert '<td class="num">3</td>' in row  # three meetings, as before


# Fails on BASE: the text column of the table names the items too.
def test_series_text_names_undated_items():
    s = pd.DataFrame({"meeting_date": ["2024-01-10", None, None], "value": [4.0, 2.0, 3.0],
                      "value_max": [None, None, None], "doc_id": ["a", "b", "c"],
                      "figure_id": ["a:1-2", "b:1-2", "c:1-2"]})
    parts = report.series_parts(s, {"a": "Q3 report", "b": "Budget", "c": "c.txt"})
    assert report.series_text(parts) == "2024-01-10: 4; undated (Budget): 2; undated (c.txt): 3"
    assert [p["anchor"] for p in parts] == [None, None, None]  # no anchors given: no links


# Guards (pass on BASE too, but the last, which reads the new function): dated meetings read as before, link-free.
def test_dated_values_as_before(tmp_path):
    html = council(tables(tmp_path), "alpha-county-council")
    assert _values_cell(_row(html, "EHCPs issued within 20 weeks")) == "2024-01-10: 60; 2024-06-01: 68"
    assert _values_cell(_row(html, "Children in care")) == "2024-01-10: 700"
    assert "undated" not in section(html, "indicators").split("<tbody>")[1]


def test_series_text_without_names_as_before():  # (round 15's series text: no names given, none said)
    s = pd.DataFrame({"meeting_date": ["2024-01-10", None], "value": [4.0, 2.0], "value_max": [None, None]})
    assert [(p["when"], p["values"]) for p in report.series_parts(s)] == [("2024-01-10", ["4"]), ("undated", ["2"])]
