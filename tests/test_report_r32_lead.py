"""Round 32 (lead, from r32reader's notes): the comparison draws no chart through a single dated value. r32reader saw
one Wokingham dot drawn for "Budget variance" on a six-council page: a chart of one point compares nothing. The
sentence under the heading names the value's council and meeting instead. Frames: the tiny corpus of test_compare."""

from __future__ import annotations

from test_r19_user import _comparison


def _children_in_care_note(html: str) -> str:
    i = html.index("<h3>Children in care (count)</h3>")
    return html[i:html.index("</p>", i)]


def test_one_dated_value_in_all_gets_a_sentence_not_a_chart(tmp_path):
    # fails on 83723ea2: Gamma's c1 undated leaves Alpha's 700 (2024-01-10) the one dated value; a one-dot chart was drawn
    from test_compare import tiny_tables

    t = tiny_tables()
    for name in ("documents", "figures"):
        t[name].loc[t[name]["doc_id"] == "c1", "meeting_date"] = None
    html = _comparison(tmp_path, t)
    assert 'chart of Children in care per council' not in html  # (r34charts) no chart of any kind
    note = _children_in_care_note(html)
    assert "No chart: one dated value in all (Alpha &lt;County&gt; Council, 2024-01-10)" in note, note
    assert "No meeting date: Gamma &amp; Co Council." in note, note


def test_two_dated_values_are_still_charted(tmp_path):
    # guard: Alpha's and Gamma's dated values (two councils, one point each) are still drawn, with no note
    html = _comparison(tmp_path)
    # (r34charts) one dated value per council: a bar per council, not a line chart
    assert 'alt="Bar chart of Children in care per council: one dated value each"' in html
    assert "one dated value in all" not in html
