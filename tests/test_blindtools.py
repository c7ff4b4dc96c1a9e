"""scripts/blindtools.py: the blind sets' shared work steps (round 24, r24tools).

- the span placer refuses an ambiguous placement and one inside a longer number ("26" inside "4,126"), and finds the
  figure by its context;
- check_gold names the file and the row that does not slice its page;
- every blind set's hand annotation (its work/annotate.py, now a thin caller) gives, through the shared helper, the
  committed gold byte for byte (annotate.py is never re-run: the gold is the record); the agreement sets' second
  annotations likewise (rows_*.py through build_second, themes_second tables);
- the agreement measures on tiny frames.
All fail before round 24 (no scripts/blindtools.py).
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
POOLS = ROOT / "tests/realworld/pools"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


bt = _load("blindtools", ROOT / "scripts" / "blindtools.py")


# ---------------------------------------------------------------- the placer

TEXT = "Applications rose to 4,126 this year. Of these, 26 such appeals were heard; 3.5 days on average; 1,000 forms."


def test_placer_refuses_a_surface_inside_a_longer_number() -> None:
    with pytest.raises(bt.PlacementError, match="inside a longer number"):
        bt.place_span(TEXT, "26", 0)  # the first "26" is the tail of "4,126"
    for surface, where in (("5", "3.5 days"), ("3", "3.5 days"), ("1", "1,000 forms"), ("000", "1,000 forms")):
        with pytest.raises(bt.PlacementError, match="inside a longer number"):
            bt.place_span(TEXT, surface, where)


def test_placer_finds_the_figure_by_its_context() -> None:
    s = TEXT.index("26 such")
    assert bt.place_span(TEXT, "26", "26 such appeals") == (s, s + 2)
    assert bt.place_span(TEXT, "26", 1) == (s, s + 2)  # the second occurrence is a whole number: kept
    assert bt.place_span(TEXT, "26", (", 26 such", 0)) == (s, s + 2)
    assert bt.place_span(TEXT, "4,126", "to 4,126 this") == (TEXT.index("4,126"), TEXT.index("4,126") + 5)
    assert bt.place_span(TEXT, "3.5 days", 0) == (TEXT.index("3.5"), TEXT.index("3.5") + 8)


def test_placer_refuses_ambiguous_placements() -> None:
    text = "Two reports. Two reports again."
    with pytest.raises(bt.PlacementError, match="2 times in the file"):
        bt.place_span(text, "Two", "Two reports")
    with pytest.raises(bt.PlacementError, match="must be once"):
        bt.place_span("a 5 and 5 b", "5", "5 and 5")
    with pytest.raises(bt.PlacementError, match="occurrence 3 asked"):
        bt.place_span(text, "Two", 3)
    assert bt.place_span(text, "Two", ("Two reports", 1)) == (13, 16)


# ---------------------------------------------------------------- check_gold

def _tiny_set(root: Path, surface: str = "12") -> Path:
    (root / "raw").mkdir(parents=True)
    (root / "raw" / "x_a.txt").write_text("Budget\nWe had 12 places.\n", encoding="utf-8")
    (root / "manifest.csv").write_text("file,council\nx_a.txt,X\n", encoding="utf-8")
    (root / "figures_gold.csv").write_text(
        "doc_id,surface,raw_start,raw_end,value,value_max,unit,indicator_id,indicator\n"
        f"x_a,12,14,16,12,,count,,places\nx_a,{surface},14,16,12,,count,,places again\n", encoding="utf-8")
    (root / "themes_gold.csv").write_text(
        "doc_id,raw_start,raw_end,theme,text\nx_a,0,6,finance,Budget\nx_a,7,24,other,We had 12 places.\n", encoding="utf-8")
    return root


def test_check_gold_passes_a_sound_set(tmp_path) -> None:
    assert bt.check_gold(_tiny_set(tmp_path / "s")) == (1, 2, 2)


def test_check_gold_names_the_bad_file_and_row(tmp_path) -> None:
    d = _tiny_set(tmp_path / "s", surface="13")
    with pytest.raises(bt.GoldError) as err:
        bt.check_gold(d)
    msg = str(err.value)
    assert "figures_gold.csv" in msg and "line 3" in msg and "'13'" in msg and "slices '12'" in msg
    (d / "manifest.csv").write_text("file,council\nx_b.txt,X\n", encoding="utf-8")
    with pytest.raises(bt.GoldError, match="manifest and raw/ differ"):
        bt.check_gold(d)


# ---------------------------------------------------------------- annotation helpers

def test_annotation_rows_and_passages() -> None:
    texts = {"x_a": "Minutes:\nWe had 12 places and 4,126 forms.\n1.\nIt cost £5m.\n"}
    figs = [("a", "12", 0, "12", "", "count", "", "places"), ("a", "£5m", "cost £5m", "5000000", "", "gbp", "", "cost")]
    rows = bt.figure_rows(texts, "x_", figs)
    assert [(r["raw_start"], r["raw_end"]) for r in rows] == [(16, 18), (54, 57)]
    th = bt.theme_rows(texts, "x_", {"a": "o fin"})
    assert [(r["text"], r["theme"]) for r in th] == [("We had 12 places and 4,126 forms.", "other"), ("It cost £5m.", "finance")]
    with pytest.raises(bt.PlacementError, match="2 passages, 1 theme codes"):
        bt.theme_rows(texts, "x_", {"a": "o"})


# ---------------------------------------------------------------- the committed sets: same gold through the helper

BLIND = ["r21/r21blind", "r22/r22blindA", "r22/r22blindB", "r22/r22blindC", "r23/r23blindD", "r23/r23blindE",
         "r23/r23blindF", "r23/r23blindG", "r24/r24blindH", "r24/r24blindI", "r24/r24blindJ"]


@pytest.mark.parametrize("name", BLIND)
def test_annotation_gives_the_committed_gold(name: str) -> None:
    d = POOLS / name
    mod = _load(f"annotate_{d.name}", d / "work" / "annotate.py")  # data only: main() is not run
    src = (d / "work" / "annotate.py").read_text(encoding="utf-8")
    kwargs = {"sort_themes": "sort_themes=True" in src, "unique_starts": "unique_starts=False" not in src}
    fig_text, theme_text = bt.gold_csvs(d, mod.D, mod.FIGURES, mod.THEMES, mod.T, **kwargs)
    gold = (d / "figures_gold.csv").read_text(encoding="utf-8")
    if name == "r24/r24blindJ":
        # the lead corrected one slipped row's span in place after the first run (NOTES.md, "Gold correction after
        # the first run"), leaving it where the slip had sorted it: same rows, one out of order
        assert fig_text != gold and sorted(fig_text.splitlines()) == sorted(gold.splitlines())
    else:
        assert fig_text == gold
    assert theme_text == (d / "themes_gold.csv").read_text(encoding="utf-8")
    assert bt.check_gold(d)[1] == fig_text.count("\n") - 1


SECOND_FIGURES = [("r22", "A"), ("r22", "B"), ("r22", "C"), ("r23", "D"), ("r23", "E"), ("r24", "H"), ("r24", "I")]


def _read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("rnd,letter", SECOND_FIGURES)
def test_second_figures_give_the_committed_csv(rnd: str, letter: str) -> None:
    work = POOLS / rnd / "agreement" / "work"
    sys.path.insert(0, str(work))
    try:
        sys.modules.pop("build_second", None)
        mod = _load(f"rows_{rnd}_{letter}", work / f"rows_{letter}.py")
    finally:
        sys.path.remove(str(work))
        sys.modules.pop("build_second", None)
    setname = f"{rnd}blind{letter}"
    recs = bt.second_figure_rows(POOLS / rnd / setname, mod.ROWS)
    want = _read_rows(POOLS / rnd / "agreement" / f"{setname}_figures_second.csv")
    assert want[0] == bt.FIGURE_COLUMNS
    assert [[str(x) for x in r] for r in recs] == want[1:]


@pytest.mark.parametrize("rnd,tables", [("r22", {"r22blindA": "A", "r22blindB": "B", "r22blindC": "C"}),
                                        ("r23", {"r23blindD": "D", "r23blindE": "E_"}),
                                        ("r24", {"r24blindH": "H", "r24blindI": "I_"})])
def test_second_themes_give_the_committed_csv(rnd: str, tables: dict[str, str]) -> None:
    work = POOLS / rnd / "agreement" / "work"
    sys.path.insert(0, str(work))
    try:
        sys.modules.pop("passages", None)
        mod = _load(f"themes_second_{rnd}", work / "themes_second.py")
    finally:
        sys.path.remove(str(work))
        sys.modules.pop("passages", None)
    for setname, var in tables.items():
        ps = bt.second_passages(POOLS / rnd, setname)
        table = getattr(mod, var)
        if rnd == "r22" and setname == "r22blindA":  # write_a: every passage not listed is given as "other"
            listed = {i for idx in table.values() for i in idx}
            table = {**table, "other": [i for i in range(len(ps)) if i not in listed]}
        rows, listed_n = bt.second_theme_rows(ps, table, setname)
        assert rnd != "r22" or listed_n == len(ps)  # round 22's tables list every passage
        want = _read_rows(POOLS / rnd / "agreement" / f"{setname}_themes_second.csv")
        assert [[str(x) for x in r] for r in rows] == want[1:]


# ---------------------------------------------------------------- agreement measures

def test_agreement_measures_on_tiny_frames() -> None:
    import pandas as pd

    f = pd.DataFrame([{"doc_id": "d", "surface": "12", "raw_start": 7, "raw_end": 9, "value": 12.0, "value_max": None,
                       "unit": "count", "indicator_id": "children_in_care", "indicator": "children in care"}])
    lines: list[str] = []
    out = bt.figure_agreement(f, f.copy(), lines)
    assert (out["P(2|1)"], out["R(2|1)"], out["id_both_agree"], lines) == (1.0, 1.0, 1, [])
    g = f.assign(indicator_id="")
    out = bt.figure_agreement(f, g, lines)
    assert out["id_only_first"] == 1 and lines[0].startswith("ID-FIRST-ONLY d '12'")
    t1 = pd.DataFrame({"doc_id": ["d"] * 4, "raw_start": [0, 5, 9, 14], "raw_end": [4, 8, 13, 20],
                       "theme": ["send", "other", "finance", "send"], "text": ["a", "b", "c", "d"]})
    t2 = t1.assign(theme=["send", "other", "finance", "finance"])
    lines = []
    th = bt.theme_agreement(t1, t2, lines)
    assert th["agree"] == 0.75 and 0 < th["kappa"] < 1 and th["non_other_passages"] == 3
    assert lines == ["THEME d 14-20: first=send second=finance ['d']"]


def test_overlap_set_names_shared_windows_and_skips_the_measure(tmp_path, capsys) -> None:
    shared = "The committee noted the annual report on the fostering service and its plans. "
    rw = tmp_path / "tests/realworld"
    for rel, text in (("pools/r99/r99blindX/raw/x_a.txt", "Intro. " + shared + "End."),
                      ("pools/r98/r98freshA/raw/b.txt", "Other words. " + shared),
                      ("pools/r99/r99blindY/raw/c.txt", shared)):  # the measure: never read
        (rw / rel).parent.mkdir(parents=True, exist_ok=True)
        (rw / rel).write_text(text, encoding="utf-8")
    (rw / "raw").mkdir()
    (rw / "raw/manifest.csv").write_text("file,split\n", encoding="utf-8")
    bt.overlap_set(rw / "pools/r99/r99blindX", "/pools/r99/")
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("x_a.txt <-> tests/realworld/pools/r98/r98freshA/raw/b.txt ")
    assert out[-1] == "earlier texts read: 1 ; pairs with a shared window: 1"
