"""Round 42, helper r42review: defects found reading round 42's merges (r42keys, r42bound, r42area) as a user would.

Each test fails on main 53aead24 and passes with its fix (tests/realworld/notes/r42_review.md).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from figure_rows import compare_figure_table


def _stage(tmp_path: Path, council: str, docs: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """The compare stage's figure table of ``docs`` (``{file: (meeting date, text)}``) of ``council``."""
    return compare_figure_table(tmp_path, council, docs)


def _reference(t: pd.DataFrame, surface: str) -> list[object]:
    return [None if pd.isna(x) else x for x in t.loc[t["surface"] == surface, "reference"]]


def test_a_service_written_with_a_capital_after_in_is_no_part_of_the_area(tmp_path):
    # "In Fostering ..., and in Residential ...": two capitalised words after "in" with values, and "the county" in the
    # sentence, were read as two towns of Lancashire (part_of_area), so the council's own values left the comparison.
    # The document writes "fostering" and "residential" in lower case too: common words, not places. A town's name
    # ("Preston", "Burnley") is never written in lower case and stays a part.
    t = _stage(tmp_path, "Lancashire County Council", {
        "a.txt": ("2024-03-20", "Placements\n\n"
                  "In Fostering 45 children were placed across the county, and in Residential 30 children.\n\n"
                  "The fostering service recruited carers; residential homes were full.\n\n"
                  "In Preston 12 children were placed across the county, and in Burnley 9 children.\n"),
    })
    assert _reference(t, "45") == [None]
    assert _reference(t, "30") == [None]
    assert _reference(t, "12") == ["part_of_area"]
    assert _reference(t, "9") == ["part_of_area"]


def test_a_place_after_and_before_the_next_value_is_that_values(tmp_path):
    # "45% across the county and in Preston 30%": "in Preston" is 30%'s place; 45% (the county's) was part_of_area and
    # left the comparison. A value's own place after it stays ("2 in Huyton and 1 in Kirkby", "... and young people in
    # Preston").
    t = _stage(tmp_path, "Lancashire County Council", {
        "a.txt": ("2024-03-20", "Attendance\n\n"
                  "Attendance was 45% across the county and in Preston 30%.\n\n"
                  "Persistent absence was 21% across the county and in the North locality 26%.\n\n"
                  "There were 7 children in Chorley and 5 in Burnley placed across the county.\n"),
    })
    assert _reference(t, "45%") == [None]
    assert _reference(t, "30%") == ["part_of_area"]
    assert _reference(t, "21%") == [None]
    assert _reference(t, "26%") == ["part_of_area"]
    assert _reference(t, "7") == ["part_of_area"]
    assert _reference(t, "5") == ["part_of_area"]


def test_a_months_short_name_or_a_holiday_after_in_is_no_place(tmp_path):
    # "In Sept, 45 cases ... across the county" read "Sept" as a town of the county (part_of_area), as "In Dec" and
    # "in Easter"; the rules' not_place_words listed the months' full names only.
    t = _stage(tmp_path, "Lancashire County Council", {
        "a.txt": ("2024-03-20", "Cases\n\nIn Sept, 45 cases were open across the county.\n\n"
                  "In Dec 38 cases were open across the county.\n\n"
                  "There were 17 referrals in Easter across the county.\n"),
    })
    assert _reference(t, "45") == [None]
    assert _reference(t, "38") == [None]
    assert _reference(t, "17") == [None]


_CELL = '''
import numpy as np
from analysis import topics
def my_features(texts, codebook):
    return np.asarray([[{k} * len(t) for _ in codebook.ids] for t in texts], dtype=float)
'''


def _notebook_function(k: int):
    """``my_features`` of a notebook cell (module ``__main__``) whose body has ``k`` in it: each ``k`` is another edit
    of the same cell, with the same name."""
    ns: dict[str, object] = {"__name__": "__main__"}
    exec(compile(_CELL.format(k=k), "<cell>", "exec"), ns)
    return ns["my_features"]


def test_a_notebook_function_edited_under_the_same_name_is_another_theme_fit(tmp_path, monkeypatch):
    # A researcher patches the theme fit's codebook features with a notebook function, fits (the cache keeps the
    # model), edits the function's body and fits again in a new session: the key named the function only by
    # "__main__.my_features", so the second fit read the first one's file (a stale model). Its code is in the key now.
    from analysis import model_cache, theme_cache
    from analysis import themes as TH
    from test_r42_keys import _codebook, _training

    monkeypatch.setenv("CM_MODEL_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(theme_cache, "MIN_ROWS", 0)
    monkeypatch.setattr(TH, "codebook_features", _notebook_function(1))
    first = TH.fit_model(_codebook(), _training())
    monkeypatch.setattr(TH, "codebook_features", _notebook_function(1000))  # the edited cell, the same name
    second = TH.fit_model(_codebook(), _training())
    monkeypatch.setenv("CM_MODEL_CACHE", "off")
    model_cache.forget_memos(TH.FIT_ROOTS)
    fresh = TH.fit_model(_codebook(), _training())
    assert second.classifier.coef_.tobytes() == fresh.classifier.coef_.tobytes()
    assert second.classifier.coef_.tobytes() != first.classifier.coef_.tobytes()
    assert len(list((tmp_path / "cache").iterdir())) == 2


def test_the_theme_key_is_the_same_in_every_process():
    # (guard) the reads, with a notebook function's code digest, are the same under another string hash seed
    import os
    import subprocess
    import sys

    code = ("import json, hashlib; from analysis import themes as TH; import test_r42_review as R; "
            "TH.codebook_features = R._notebook_function(3); "
            "print(hashlib.sha256(json.dumps(TH.fit_reads(), sort_keys=True).encode()).hexdigest())")
    out = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed,
               "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1] / "src"),
                                              str(Path(__file__).resolve().parent)])}
        out.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                               check=True).stdout.strip())
    assert len(out) == 1


def _bounds(text: str) -> dict[str, object]:
    from analysis.figures.extraction import extract_figures

    f = extract_figures(text)
    return {s: (None if pd.isna(b) else b) for s, b in zip(f["surface"], f["bound"])}


def test_up_to_a_value_from_an_earlier_one_is_a_rise_not_a_cap():
    # "up to 45% from 30%" reports a rise to 45%: the pages wrote "≤ 45%" and the bound column at_most. A cap keeps
    # its bound, and so does "from" a date or a year after it.
    assert _bounds("Performance is up to 45% from 30% last year.")["45%"] is None
    assert _bounds("Spend is up to £2.5m, from £2.1m.")["£2.5m"] is None
    assert _bounds("Fees are paid of up to £7,000 a week.")["£7,000"] == "at_most"
    assert _bounds("There will be up to 45 from 12 April.")["45"] == "at_most"
    assert _bounds("We will have up to 45 from 2025 onwards.")["45"] == "at_most"


def test_a_lists_letter_c_is_no_circa():
    # A list's third item "c. 45 children ..." and "Appendix C. 45 ..." gave 45 the bound about ("~45" on the pages):
    # "c." is also a list's or a label's letter. "costs of c.£2m" and "and c. 45 posts" stay about.
    text = ("The Board noted:\na. 12 foster carers were approved.\nb. 30 children were placed.\n"
            "c. 45 children returned home.")
    assert _bounds(text) == {"12": None, "30": None, "45": None}
    assert _bounds("See Appendix C. 45 children were placed in foster care.") == {"45": None}
    assert _bounds("Costs were c.£2m and c. 45 posts.") == {"£2m": "about", "45": "about"}
