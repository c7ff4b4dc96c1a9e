"""(r23rules) Every reader of the figure rules takes the rules object it is given.

Round 22 (r22data) moved word lists into ``words:`` of data/figure_rules.yml, but five readers called ``load_rules()``
where they ran (kinds' amount that bounds items, indicators' level words, phrase's owner heads and reporting verbs) or
when imported (reference's "nationally"): a researcher's own rules file, passed as ``rules=`` or as the stage's path,
was half ignored, each call stat'ed the file, and a broken ``$CM_FIGURE_RULES`` failed the import of
:mod:`analysis.figures`. Each test below fails on 1a07079 but the last of a broken file's (a guard: ``extract`` given no
rules reads ``$CM_FIGURE_RULES`` and names the file, as before).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.errors import ConfigError
from analysis.figures import extract, load_rules

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_RULES = ROOT / "data" / "figure_rules.yml"


def _rules_with(tmp_path: Path, old: str, new: str):  # -> FigureRules
    """The shipped rules with one word list changed (``old`` -> ``new``), read from a file of their own."""
    text = SHIPPED_RULES.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "my_figure_rules.yml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return load_rules(path)


_COLUMNS = ["surface", "indicator", "indicator_id", "reference"]


@pytest.mark.parametrize("text, old, new, before, after", [
    # kinds: an amount over which items need approval is a threshold, not a figure
    ("All grants over £10,000 need the approval of the Cabinet.", "item_nouns: [balances,",
     "item_nouns: [grants, balances,", [["£10,000", "grants", None, None]], []),
    ("All grants over £10,000 need the approval of the Cabinet.", "spending_nouns: [spend,",
     "spending_nouns: [grants, spend,", [["£10,000", "grants", None, None]], []),
    # indicators: a level word names no measure, so the figure takes the measure of the sentence before
    ("A Member asked about caseloads. The Director advised that the ceiling was 18.", "level_words: [peak,",
     "level_words: [ceiling, peak,", [["18", "ceiling", None, None]], [["18", "ceiling", "social_worker_caseload", None]]),
    # phrase: a subject ending on an owner is not the figure's measure
    ("The cumulative deficit on the reserve now stands at a considerable £54.2 million.", "owner_heads: [report,",
     "owner_heads: [reserve, report,", [["£54.2 million", "cumulative deficit on the reserve", None, None]],
     [["£54.2 million", "stands at a considerable", None, None]]),
    # phrase: a verb of saying opens a reported clause, whose words name the measure
    ("Figures also warned that 5.5 per cent were offered their third choice.", "reporting_verbs: [reveal,",
     "reporting_verbs: [warned, reveal,", [["5.5 per cent", "Figures also warned", None, None]],
     [["5.5 per cent", "offered their third choice", None, None]]),
    # reference: "nationally" before a word of the list is no benchmark
    ("Our rate was 45%, compared with 65% nationally commissioned.", "not_after_nationally: [recognised,",
     "not_after_nationally: [commissioned, recognised,", [["45%", "rate", None, None], ["65%", "rate", None, "national"]],
     [["45%", "rate", None, None], ["65%", "rate", None, "comparison"]]),
])
def test_a_word_list_of_the_rules_passed_in_changes_the_outcome(tmp_path: Path, text: str, old: str, new: str,
                                                                before: list, after: list) -> None:
    assert os.environ.get("CM_FIGURE_RULES") is None  # (the rules object is passed, not the environment)
    figs, _ = extract(text, rules=load_rules())
    assert figs[_COLUMNS].values.tolist() == before
    figs, _ = extract(text, rules=_rules_with(tmp_path, old, new))
    assert figs[_COLUMNS].values.tolist() == after


def test_a_verb_that_names_whom_it_told_first_is_read_from_the_rules_given(tmp_path: Path) -> None:
    from analysis.figures.phrase import reported_clause_start

    t = "Officers warned Members that 50 children had been looked after."
    assert reported_clause_start(t, 0, t.index("50"), "Officers warned Members", load_rules()) == -1
    mine = _rules_with(tmp_path, "reporting_verbs_to: [informed,", "reporting_verbs_to: [warned, informed,")
    assert reported_clause_start(t, 0, t.index("50"), "Officers warned Members", mine) == t.index("50")


def test_the_stage_reads_the_rules_file_it_is_given(tmp_path: Path) -> None:
    """The figures stage's ``rules`` path reaches every reader (here reference's "nationally")."""
    import pandas as pd

    from analysis import corpus, figures

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Minutes\n\nOur rate was 45%, compared with 65% nationally commissioned.\n",
                               encoding="utf-8")
    pd.DataFrame([{c: "" for c in corpus.REQUIRED_COLUMNS}]).assign(
        council="Testshire", meeting_date="2024-05-01", file="a.txt").to_csv(raw / "manifest.csv", index=False)
    text = SHIPPED_RULES.read_text(encoding="utf-8")
    mine = tmp_path / "my_figure_rules.yml"
    mine.write_text(text.replace("not_after_nationally: [recognised,", "not_after_nationally: [commissioned, recognised,",
                                 1), encoding="utf-8")
    corpus.run(raw, tmp_path / "p")
    kinds = {}
    for name, path in (("shipped", None), ("mine", mine)):
        df, _ = figures.run(raw, tmp_path / "p", rules=path)
        kinds[name] = dict(zip(df["surface"], df["reference"]))
    assert kinds["shipped"]["65%"] == "national" and kinds["mine"]["65%"] == "comparison"


def test_a_broken_rules_file_fails_when_the_stage_runs_not_at_import(tmp_path: Path) -> None:
    broken = tmp_path / "broken_rules.yml"
    broken.write_text("comparators: [national average\nstatus: {", encoding="utf-8")
    env = dict(os.environ, CM_FIGURE_RULES=str(broken))
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    code = ("import analysis.figures as f\n"
            "from analysis.errors import ConfigError\n"
            "try:\n"
            "    f.extract('There were 45 children.')\n"
            "except ConfigError as e:\n"
            "    print('ConfigError:', e)\n")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr  # the import succeeds
    assert out.stdout.startswith("ConfigError:") and str(broken) in out.stdout


def test_a_broken_rules_file_given_to_extraction_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken_rules.yml"
    broken.write_text("comparators: [national average\nstatus: {", encoding="utf-8")
    monkeypatch.setenv("CM_FIGURE_RULES", str(broken))
    with pytest.raises(ConfigError, match=re.escape(str(broken))):
        extract("There were 45 children.")


#: Where ``load_rules()`` may be called: the stage's entry points (``stage.run``, ``figures_from_segments`` and
#: ``extraction.extract`` when given no rules), the benchmark's entry point, the compare stage's reading of older figure
#: tables (which have no ``reference`` column), and the function itself. Everything else takes the rules it is given.
_MAY_LOAD = {"figures/rules.py": 2, "figures/stage.py": 2, "figures/extraction.py": 1, "bench.py": 1, "compare.py": 4,
             "figures/phrase_changes.py": 1}
#: (r23tidy) compare.py: the third is the compare stage's own, of the rules file it is given (as figures.run has)
#: (r34status) the fourth: ``compare.track_statements`` called alone, given no rules (the stage passes its own);
#: (r35twins) now ``compare._track_rules``, which track_statements, track_status and _may_track share
#: (r35twins2) phrase_changes: ``_says_which`` given no rules (a step of the phrase cascade called alone, as tests do;
#: the stage passes its own through ``indicator_phrase``), like compare's fourth
#: (r35review) figures/rules.py's second: ``_track_phrases`` reads the shipped file's track lists for a researcher's
#: copy without them


def test_no_reader_loads_the_rules_itself() -> None:
    found: dict[str, int] = {}
    for path in sorted((ROOT / "src" / "analysis").rglob("*.py")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "load_rules(" in line and not line.lstrip().startswith((">>>", "...", "#")):
                key = path.relative_to(ROOT / "src" / "analysis").as_posix()
                found[key] = found.get(key, 0) + 1
    assert found == _MAY_LOAD
