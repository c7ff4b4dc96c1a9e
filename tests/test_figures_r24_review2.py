"""Round 24 (r24review2): bugs a second reader found in round 24's phrase code (see
tests/realworld/notes/r24_r24review2.md). Tiny general texts; each test fails on main e018880 and passes after.
"""

from __future__ import annotations

import pytest

from analysis.figures.grammar import Hit
from analysis.figures.phrase import infinitive_object, instead_of_no_measure
from analysis.figures.rules import load_rules
from figure_rows import one_figure as _fig


# 1. ``instead_of_no_measure``'s ``phrase`` defaults to "": with no candidate found it must say None, not fail on the
#    last word of an empty phrase (IndexError before).
def test_instead_of_no_measure_with_its_default_phrase():
    t = "Of those who stayed, 5 and more."
    h = Hit(t.index("5"), t.index("5") + 1, "figure", "count", (5.0,))
    assert instead_of_no_measure(t, h, "count", 0, len(t), "", load_rules()) is None


# 2. The infinitive and its verb split by a line break or a run of spaces (as PDF text often is): the pattern reads any
#    whitespace there, so the search for "to <verb>" must too (a single space only before).
@pytest.mark.parametrize("gap", ["\n", "  ", " \n "])
def test_infinitive_object_across_a_line_break(gap):
    before = f"The officer drew attention to the proposal to{gap}set the central budget at £"
    assert infinitive_object("officer drew attention to the proposal to set", before) == "central budget"


@pytest.mark.parametrize("gap", ["\n", "  "])
def test_infinitive_object_of_a_figure_across_a_line_break(gap):
    text = f"John Smith drew attention to the recommendation to{gap}set the contingency budget at £150k."
    assert _fig(text, "£150k")["indicator"] == "contingency budget"


# 3. The three word lists of round 24 are read word by word: a phrase of two words there would never match, silently.
#    The loader refuses it, naming the file and the key (it loaded before).
def test_a_phrase_of_two_words_in_a_word_list_is_refused(tmp_path):
    from pathlib import Path

    from analysis.errors import ConfigError

    text = (Path(__file__).resolve().parents[1] / "data" / "figure_rules.yml").read_text(encoding="utf-8")
    old = "  light_nouns: [amount,"
    assert old in text
    path = tmp_path / "my_figure_rules.yml"
    path.write_text(text.replace(old, '  light_nouns: ["net total", amount,', 1), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"my_figure_rules\.yml: words\.light_nouns: single words only"):
        load_rules(path)


# Guard (passes on both): a researcher's rules file from before round 24 (without the three new lists) fails to load
# with the file and every missing key named.
def test_a_rules_file_from_before_round_24_names_the_missing_keys(tmp_path):
    from pathlib import Path

    from analysis.errors import ConfigError

    lines = (Path(__file__).resolve().parents[1] / "data" / "figure_rules.yml").read_text(encoding="utf-8").splitlines()
    keep = [x for x in lines if not x.lstrip().startswith(("light_nouns:", "proportion, data]", "no_measure_words:",
                                                             "deciding_verbs:"))]
    path = tmp_path / "old_figure_rules.yml"
    path.write_text("\n".join(keep) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"old_figure_rules\.yml: words: missing deciding_verbs, light_nouns, "
                                          r"no_measure_words"):
        load_rules(path)
