"""Round 41, helper r41review2: a second reader of r41walk's words under each latest value and of stage_deps.py.

The comparison's matrix now quotes six words either side of each latest value (:func:`report.latest_words`). The
figure's ``surface`` is sliced from the extracted text, its ``sentence`` from the clean text, where dashes, curly quotes
and ligatures are normalised: a range "180 – 200" (en dash, as Word writes it) stood in the sentence as "180 - 200",
the value was not placed, and the cell (and the council page's figure table) showed the WHOLE sentence with
"[figure: 180 – 200]" after it, however long the sentence was. Found in 2 of 1,689 figures of the 34 open sets
(BASE's runs), both ranges of counts, one of them looked-after children.
"""

from __future__ import annotations

import ast
from pathlib import Path

from analysis import report

ROOT = Path(__file__).resolve().parents[1]


def test_a_range_written_with_an_en_dash_is_marked_in_its_clean_sentence():
    # fails on 62d85759: found=False, the whole sentence before "[figure: 180 – 200]"
    q = report.quote_parts("The number of Looked After Children remained stable at around 180 - 200.", "180 – 200")
    assert (q.before, q.mark, q.after, q.found) == ("The number of Looked After Children remained stable at around ",
                                                    "180 - 200", ".", True)
    # the second of two equal ranges, and a minus sign / curly-quoted surface, are placed alike
    q = report.quote_parts("Groups of 12 - 15 then 12 - 15 again.", "12 \u2013 15", 1)
    assert (q.before, q.mark) == ("Groups of 12 - 15 then ", "12 - 15")
    assert report.quote_parts("A change of -5% overall.", "\u22125%").mark == "-5%"
    # a surface found as it is keeps its own occurrence and span (no change where the raw surface is in the sentence)
    assert report.quote_parts("Rose 5% and 5%.", "5%", 1).before == "Rose 5% and "


def test_the_words_of_a_value_not_placed_in_its_sentence_are_cut_too():
    # fails on 62d85759: a value the sentence does not hold put the whole sentence, however long, in the matrix cell
    sentence = " ".join(f"w{i}" for i in range(60)) + "."
    q = report.latest_words(sentence, "999", 0, 6)
    assert q.found is False and q.mark == "999"
    assert q.before == "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 …", q.before
    # a short sentence stays whole
    assert report.latest_words("Only w1 here.", "999", 0, 6).before == "Only w1 here."


def test_latest_words_mark_the_figure_at_the_sentence_s_edges_and_next_to_punctuation():
    def w(*args):
        q = report.latest_words(*args)
        return q.before, q.mark, q.after
    assert w("12 children were in care, and 12 more.", "12", 1) == ("12 children were in care, and ", "12", " more.")
    assert w("12 children were in care.", "12", 0) == ("", "12", " children were in care.")
    assert w("(12%) of pupils", "12%", 0) == ("(", "12%", ") of pupils")
    assert w("in 2012 there were 12", "12", 0) == ("in 2012 there were ", "12", "")
    assert w("Costs were £1.2m, up from £1.2m last year", "£1.2m", 1)[0] == "Costs were £1.2m, up from "


def test_stage_deps_runs_on_a_python_without_match_statements():
    # stage_deps.py runs on the system python3 before the virtual environment exists (make includes its output on
    # every call, make help too); ast.match_case is Python 3.10+: its absence must not stop the walk
    import importlib.util

    tree = ast.parse("def f():\n    import analysis.a\ntry:\n    pass\nexcept Exception:\n    import analysis.b\n")
    saved = ast.match_case
    del ast.match_case
    try:  # a fresh copy of the script, loaded while ast has no match_case (fails on 62d85759: AttributeError)
        spec = importlib.util.spec_from_file_location("stage_deps_py39", ROOT / "scripts" / "stage_deps.py")
        stage_deps = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(stage_deps)
        assert stage_deps.imported(tree, "analysis") == {"analysis.a", "analysis.b"}
    finally:
        ast.match_case = saved


def test_a_number_is_not_marked_inside_a_longer_amount_or_number():
    """The figure "£150" of "read £150k instead of £150" is the second amount, not the start of "£150k"; "1" is not
    the start of "1.5" or "1,500" (round 41: compare.locate, which the pages' marks and the compare stage's periods
    and references read)."""
    q = report.quote_parts("be changed to read £150k instead of £150.", "£150")
    assert q.before == "be changed to read £150k instead of " and q.mark == "£150"
    q = report.quote_parts("Paragraph 1.5 of 1,500 names 1 school.", "1")
    assert q.before == "Paragraph 1.5 of 1,500 names " and q.mark == "1"
