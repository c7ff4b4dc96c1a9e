"""Round 41, helper r41walk: a new user's walk through the package (tests/realworld/notes/r41_walk.md).

The comparison's "Latest value per council" matrix showed each value with only a hover title holding its sentence:
read on the page (or printed), Cumbria's "165" children in need (one district, "the Barrow area") stood beside
Warwickshire's "3,700" ("children in need and in child protection") and Halton's "71" percent of schools good or
outstanding ("secondary school standings had increased above 71%") with nothing saying what each counts. Each value
now carries the minutes' words around it, its number marked. The search CSV's theme column held codebook ids
(``neet_youth_care_leavers``); it now has the theme's name beside the id.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis import report
from report_pages import comparison as _comparison, section as _section, tables as _tables
from test_compare import PLANTED


def _matrix(html: str) -> str:
    section = _section(html, "indicators")
    return re.search(r'<table class="data matrix">.*?</table>', section, re.S).group(0)


def test_each_latest_value_in_the_comparison_stands_with_its_words(tmp_path):
    # fails on b82ad043: the matrix cell held "450 count", the meeting and a "quote" link; the words were a title only
    matrix = _matrix(_comparison(_tables(tmp_path)))
    assert '<span class="words">“There were <mark>450</mark> children in care.”</span>' in matrix, matrix
    # Beta's 55%: six words either side, cut where the sentence goes on; the second of two equal surfaces is marked
    assert "“Only <mark>55%</mark> of EHCPs were issued in 20 …”" in matrix
    assert "“Placement costs rose by 12% and <mark>12%</mark> more.”" in matrix


def test_the_words_under_a_latest_value_are_cut_around_it_and_escaped(tmp_path):
    # a long sentence is cut to a few words either side of the value ("…" where cut), and what the minutes hold stays
    # text: a planted script in the sentence of Alpha's 14 vacant posts is escaped in the cell
    q = report.latest_words("In the Barrow area there were 165 children with a Child in need Plan at the end of March.",
                            "165", 0, 3)
    assert (q.before, q.mark, q.after) == ("… area there were ", "165", " children with a …")
    assert report.latest_words("Rates were 5% and then 5% again.", "5%", 1, 2).before == "… and then "
    assert report.latest_words("no number here", "12", None).found is False
    html = _comparison(_tables(tmp_path))
    matrix = _matrix(html)
    assert "about &lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; and <mark>14</mark> vacant" in matrix
    assert PLANTED not in html


def test_the_matrix_note_says_the_words_are_what_the_value_counts(tmp_path):
    section = _section(_comparison(_tables(tmp_path)), "indicators")
    assert "the words of the minutes around it (what the value counts, as the minutes put it" in section


def test_the_search_csv_names_each_passage_s_theme_beside_its_id(tmp_path):
    # fails on b82ad043: the results CSV's theme column held "fostering_adoption" and no column named it
    from analysis import search
    from analysis.io import write_tables
    from test_search import corpus_tables

    processed = tmp_path / "processed"
    write_tables(corpus_tables(), processed, csv=False)
    search.build_index(processed)
    assert search.main(["query", "--processed-dir", str(processed), "--reports-dir", str(tmp_path), "-q", "foster"]) == 0
    csv = pd.read_csv(tmp_path / "search" / f"{search.query_slug('foster')}.csv")
    assert list(csv.columns[9:11]) == ["theme", "theme_name"]
    named = dict(zip(csv["theme"], csv["theme_name"]))
    assert named["fostering_adoption"] == "Fostering and adoption"


def test_a_council_page_says_how_its_themes_were_coded(tmp_path):
    # fails on b82ad043: the page said "the theme of a segment comes from the codebook's seed terms", and a researcher
    # editing the seed terms would expect to decide every theme; the learnt model and the heading decide too
    from report_pages import council as _council

    html = _council(_tables(tmp_path), "gamma-co-council")
    themes = _section(html, "themes")
    assert "comes from the codebook's seed terms" not in themes
    for part in ("not by hand", "data/codebook.yml", "data/themes_training.csv", "heading and agenda item",
                 "most segments but not all"):
        assert part in themes, part
    assert "each council's minutes' words per theme" in _comparison(_tables(tmp_path / "c"))
