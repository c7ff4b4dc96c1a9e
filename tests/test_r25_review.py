"""Round 25 (r25review): faults a second reader found in round 25's merged code (tests/realworld/notes/r25_r25review.md).
Each test fails on main d190e30 and passes after; the texts are written here, not copied from a page.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from analysis import paths
from analysis.errors import ConfigError
from analysis.figures.phrase import names_no_measure
from analysis.figures.rules import load_rules, read_measure_words
from analysis.topics import parse_codebook

_THEMES = [{"id": "finance", "name": "Finance", "terms": ["budget"]}, {"id": "send", "name": "SEND", "terms": ["EHCP"]}]


def _rules_dir(tmp_path: Path, words: str) -> Path:
    shutil.copy(paths.config_file("figure_rules.yml", None), tmp_path / "figure_rules.yml")
    (tmp_path / "measure_words.txt").write_text(words, encoding="utf-8")
    return tmp_path / "figure_rules.yml"


# 1. load_rules is cached per rules file and its modification time; measure_words.txt is read with it, so an edit of
#    the word list alone (a researcher in a notebook session) must reload the rules, not return the stale words.
def test_an_edit_of_the_measure_words_reloads_the_rules(tmp_path: Path):
    rules_file = _rules_dir(tmp_path, "caseload\n")
    assert load_rules(rules_file).measure_words == frozenset({"caseload"})
    words = tmp_path / "measure_words.txt"
    words.write_text("caseload\nbreakdown\n", encoding="utf-8")
    st = words.stat()
    os.utime(words, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))  # (a later edit on any file system)
    assert load_rules(rules_file).measure_words == frozenset({"caseload", "breakdown"})


# 2. A malformed line of measure_words.txt (two words, a hyphenated word, a digit) would never match a phrase's word:
#    it is refused with the file and the line named. A curly apostrophe is read as a straight one, as phrases are.
@pytest.mark.parametrize("line", ["looked after", "year-old", "key stage 2"])
def test_a_malformed_measure_word_names_the_file_and_line(tmp_path: Path, line: str):
    p = tmp_path / "measure_words.txt"
    p.write_text(f"# words\ncaseload\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"measure_words\.txt: line 3: .*one word"):
        read_measure_words(p)


def test_measure_words_read_a_curly_apostrophe_as_straight(tmp_path: Path):
    p = tmp_path / "measure_words.txt"
    p.write_text("\ufeffo’clock\nCaseload\n", encoding="utf-8")  # (a byte order mark, as some editors save)
    assert read_measure_words(p) == frozenset({"o'clock", "caseload"})


# 3. money_in_items: with a list or a mapping where a theme id belongs is a clear ConfigError, not a TypeError.
@pytest.mark.parametrize("money", [{"money": ["finance"], "items": ["send"]}, {"money": "finance", "items": [{"send": 1}]}])
def test_money_in_items_of_the_wrong_type_is_a_config_error(money):
    with pytest.raises(ConfigError, match="money_in_items"):
        parse_codebook({"themes": _THEMES, "money_in_items": money})


# 4. A phrase's words parted by a line break (PDF text) are two words, and curly quotes around a word are marks: the
#    measure-word check reads "attendance\nrate" as a phrase of two words, not as one unknown word.
def test_names_no_measure_reads_line_breaks_and_curly_quotes():
    rules = replace(load_rules(), measure_words=frozenset({"attendance", "rate", "caseload"}))
    assert not names_no_measure("attendance rate", rules)
    assert not names_no_measure("attendance\nrate", rules)
    assert not names_no_measure("the\u00a0caseload", rules)
    assert not names_no_measure("“caseload”", rules)
    assert names_no_measure("“thereafter”", rules) and names_no_measure("thereafter", rules)


# 5. A row label repeated for two periods or two tables, its values one apart ("Boys 12" ... "Boys 13"), is no numbered
#    series (r25prec's label_numbering): the values stay figures, while a label's series ("point 8 (costs)" beside
#    "Point 7") is still a name.
@pytest.mark.parametrize("text", [
    "Exclusions by gender, autumn term\nBoys 12\nGirls 15\nExclusions by gender, spring term\nBoys 13\nGirls 14\n",
    "In the autumn term: Boys 12, Girls 15. In the spring term: Boys 13, Girls 14.",
])
def test_a_row_label_repeated_with_values_one_apart_keeps_its_counts(text):
    from analysis.figures.extraction import extract
    figs, _ = extract(text)
    assert sorted(figs["surface"]) == ["12", "13", "14", "15"]


def test_a_numbered_series_label_is_still_a_name():
    from analysis.figures.extraction import extract
    figs, nums = extract("Under Point 7 the plan. Under Point 8 the cost. The summary is written under point 8 (costs).")
    assert figs.empty


# 6. A count after an acronym of what is measured (the indicators' glossary: CLA, LAC, CIN) is no acronym's code
#    (r25prec's _acronym_code), and a count or a total before a colon or a dash and the next "Word N" of a row of values
#    is no label opening a sentence (r25prec's _opening_label). Codes and labels stay names.
@pytest.mark.parametrize("text, surfaces", [
    ("Looked after children\nCLA 345 (rate 56)\n", ["345", "56"]),
    ("Our CLA 345 (up from 320) remained stable.", ["320", "345"]),
    ("The LAC 345 and CIN 120 figures rose.", ["120", "345"]),
    ("Exclusions this term\nBoys 12 - Girls 5\n", ["12", "5"]),
    ("New referrals. Total 45: This is higher than last year.", ["45"]),
    ("Contacts 1,200; Referrals 45 – Assessments 40.", ["1,200", "40", "45"]),
])
def test_counts_after_a_measure_acronym_or_in_a_row_of_values_stay_figures(text, surfaces):
    from analysis.figures.extraction import extract
    figs, _ = extract(text)
    assert sorted(figs["surface"]) == surfaces


@pytest.mark.parametrize("text", ["Call-in: Decision on CHAS 546: Youth Service Review", "The changes: Change 1: To stop "
                                  "the service.", "The report noted the YOS 1 music therapy evaluation."])
def test_codes_and_opening_labels_stay_names(text):
    from analysis.figures.extraction import extract
    figs, _ = extract(text)
    assert figs.empty
