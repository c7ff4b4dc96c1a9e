"""Inter-annotator agreement on r24blindH/I: the first annotator's gold against the second's.

Figures are scored with the project's own scorer (`analysis.evaluation.score`) both ways (second as
"pred" against first as "gold", and the reverse); indicator ids are compared on the figures both
annotators marked; themes are compared passage by passage (raw offsets) with Cohen's kappa.

Run from the worktree root: PYTHONPATH=src /work/main/.venv/bin/python tests/realworld/pools/r24/agreement/work/compare.py
Writes agreement.md (tables) and disagreements.txt (row lists) next to this script.
"""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
from sklearn.metrics import cohen_kappa_score

from analysis.evaluation import key_words, match_figures, same_indicator, score

HERE = Path(__file__).resolve().parent
POOLS = HERE.parents[1]
SETS = ["r24blindH", "r24blindI"]


def _id(v: object) -> str:
    return v.strip() if isinstance(v, str) else ""


def load(setname: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """First and second figures, first and second themes of one set."""
    f1 = pd.read_csv(POOLS / setname / "figures_gold.csv")
    f2 = pd.read_csv(HERE.parent / f"{setname}_figures_second.csv")
    t1 = pd.read_csv(POOLS / setname / "themes_gold.csv")
    t2 = pd.read_csv(HERE.parent / f"{setname}_themes_second.csv")
    return f1, f2, t1, t2


def figure_agreement(f1: pd.DataFrame, f2: pd.DataFrame, lines: list[str]) -> dict[str, float]:
    """Scores both ways, id agreement on matched figures, and the disagreeing rows (into `lines`)."""
    f1 = f1.reset_index(drop=True)
    f2 = f2.reset_index(drop=True)
    s21 = score(f2, f1)  # second as pred, first as gold
    s12 = score(f1, f2)  # first as pred, second as gold
    pairs = match_figures(f2, f1)  # first index -> second index
    both = agree = only1 = only2 = 0
    ind_agree = exact_span = half_words = 0
    for gi, pi in pairs.items():
        a, b = f1.loc[gi], f2.loc[pi]
        exact_span += int(a["raw_start"]) == int(b["raw_start"]) and int(a["raw_end"]) == int(b["raw_end"])
        ka, kb = key_words(str(a["indicator"])), key_words(str(b["indicator"]))
        half_words += bool(ka | kb) and len(ka & kb) / len(ka | kb) >= 0.5
        ia, ib = _id(a["indicator_id"]), _id(b["indicator_id"])
        if same_indicator(a["indicator"], b["indicator"]):
            ind_agree += 1
        else:
            lines.append(f"PHRASE {a['doc_id']} {a['surface']!r}: first={a['indicator']!r} second={b['indicator']!r}")
        if ia and ib:
            both += 1
            agree += ia == ib
            if ia != ib:
                lines.append(f"ID-DIFF {a['doc_id']} {a['surface']!r}: first={ia} second={ib}")
        elif ia:
            only1 += 1
            lines.append(f"ID-FIRST-ONLY {a['doc_id']} {a['surface']!r}: first={ia} ({a['indicator']!r}) second=- ({b['indicator']!r})")
        elif ib:
            only2 += 1
            lines.append(f"ID-SECOND-ONLY {a['doc_id']} {a['surface']!r}: second={ib} ({b['indicator']!r}) first=- ({a['indicator']!r})")
        if str(a["unit"]) != str(b["unit"]):
            lines.append(f"UNIT {a['doc_id']} {a['surface']!r}: first={a['unit']} second={b['unit']}")
    matched2 = set(pairs.values())
    for gi, a in f1.iterrows():
        if gi not in pairs:
            lines.append(f"FIRST-ONLY {a['doc_id']} {a['surface']!r} @{a['raw_start']} ({a['indicator']!r}, id={_id(a['indicator_id']) or '-'})")
    for pi, b in f2.iterrows():
        if pi not in matched2:
            lines.append(f"SECOND-ONLY {b['doc_id']} {b['surface']!r} @{b['raw_start']} ({b['indicator']!r}, id={_id(b['indicator_id']) or '-'})")
    p, r = s21["precision"], s21["recall"]
    return {
        "n_first": len(f1), "n_second": len(f2), "matched": len(pairs),
        "P(2|1)": p, "R(2|1)": r, "F1": 2 * p * r / (p + r) if p + r else 0.0,
        "ind(2|1)": s21["indicator"], "ind(1|2)": s12["indicator"], "ind_pairs": ind_agree / len(pairs) if pairs else math.nan,
        "exact_span": exact_span / len(pairs) if pairs else math.nan,
        "ind_jaccard>=.5": half_words / len(pairs) if pairs else math.nan,
        "id(2|1)": s21["indicator_id"], "id(1|2)": s12["indicator_id"],
        "ids_first": int((f1["indicator_id"].map(_id) != "").sum()), "ids_second": int((f2["indicator_id"].map(_id) != "").sum()),
        "id_both": both, "id_both_agree": agree, "id_only_first": only1, "id_only_second": only2,
    }


def theme_agreement(t1: pd.DataFrame, t2: pd.DataFrame, lines: list[str]) -> dict[str, float]:
    """Share of passages with the same theme and Cohen's kappa; the disagreeing passages (into `lines`)."""
    m = t1.merge(t2, on=["doc_id", "raw_start", "raw_end"], suffixes=("_1", "_2"))
    assert len(m) == len(t1) == len(t2), (len(m), len(t1), len(t2))
    for _, r in m[m["theme_1"] != m["theme_2"]].iterrows():
        lines.append(f"THEME {r['doc_id']} {r['raw_start']}-{r['raw_end']}: first={r['theme_1']} second={r['theme_2']} [{str(r['text_1'])[:50]!r}]")
    nother = m[(m["theme_1"] != "other") | (m["theme_2"] != "other")]
    return {
        "passages": len(m), "agree": float((m["theme_1"] == m["theme_2"]).mean()),
        "kappa": float(cohen_kappa_score(m["theme_1"], m["theme_2"])),
        "non_other_passages": len(nother), "agree_non_other": float((nother["theme_1"] == nother["theme_2"]).mean()),
        "kappa_non_other": float(cohen_kappa_score(nother["theme_1"], nother["theme_2"])),
    }


# Hand classes of the figure disagreements (doc_id, raw_start) -> class; see the note r24_r24agree.md.
CLASSES = {
    ("r24h_cornwall_1", 1921): "A list/structure count", ("r24h_hillingdon_1", 1323): "A list/structure count",
    ("r24h_hounslow_2", 1277): "A list/structure count", ("r24i_nottinghamshire_1", 637): "A list/structure count",
    ("r24i_nottinghamshire_1", 1148): "A list/structure count", ("r24i_salford_4", 1937): "A list/structure count",
    ("r24i_torbay_1", 1336): "A list/structure count", ("r24i_westberks_1", 472): "A list/structure count",
    ("r24i_westberks_1", 814): "A list/structure count", ("r24i_westberks_4", 752): "A list/structure count",
    ("r24h_bury_1", 1083): "B procedure/furniture duration", ("r24h_bury_1", 1424): "B procedure/furniture duration",
    ("r24h_lambeth_1", 479): "B procedure/furniture duration",
    ("r24h_centralbeds_2", 1167): "C rank position", ("r24h_hounslow_2", 1968): "C rank position",
    ("r24i_wokingham_1", 1783): "D amount used as a scheme's name",
}


def settled_list_counts(firsts: list[pd.DataFrame]) -> pd.DataFrame:
    """The first annotator's class-A rows, added to the second annotation (what agreement would be had the
    README written down the open gold's convention of marking counts of priorities, areas, blocks, elements)."""
    f = pd.concat(firsts)
    keys = [k for k, c in CLASSES.items() if c.startswith("A ")]
    return f[[(d, int(r)) in keys for d, r in zip(f["doc_id"], f["raw_start"])]]


def class_counts(f1: pd.DataFrame, f2: pd.DataFrame) -> pd.DataFrame:
    """Figure disagreements (one annotator only) by hand class, with which annotator marked them and councils."""
    f1, f2 = f1.reset_index(drop=True), f2.reset_index(drop=True)
    pairs = match_figures(f2, f1)
    rows = [("first", a) for gi, a in f1.iterrows() if gi not in pairs]
    rows += [("second", b) for pi, b in f2.iterrows() if pi not in set(pairs.values())]
    out = []
    for who, r in rows:
        out.append({"class": CLASSES.get((r["doc_id"], int(r["raw_start"])), "unclassed"), "marked_by": who,
                    "council": r["doc_id"].split("_")[1]})
    df = pd.DataFrame(out)
    return df.groupby(["class", "marked_by"]).agg(rows=("council", "size"), councils=("council", "nunique")).reset_index()


def to_md(df: pd.DataFrame) -> str:
    """A small markdown table (no tabulate dependency): floats to 3 places, counts as integers."""
    def cell(v: object) -> str:
        if isinstance(v, float) and not math.isnan(v) and v != int(v):
            return f"{v:.3f}"
        if isinstance(v, float) and not math.isnan(v):
            return str(int(v))
        return str(v)
    head = "| set | " + " | ".join(df.columns) + " |"
    sep = "|---" * (len(df.columns) + 1) + "|"
    rows = ["| " + str(i) + " | " + " | ".join(cell(v) for v in r) + " |" for i, r in df.iterrows()]
    return "\n".join([head, sep, *rows])


def main() -> None:
    fig_rows, th_rows, lines = {}, {}, []
    all_f1, all_f2, all_t1, all_t2 = [], [], [], []
    for s in SETS:
        f1, f2, t1, t2 = load(s)
        lines.append(f"===== {s}")
        fig_rows[s] = figure_agreement(f1, f2, lines)
        th_rows[s] = theme_agreement(t1, t2, lines)
        fig_rows[f"{s}, class A settled"] = figure_agreement(f1, pd.concat([f2, settled_list_counts([f1])]), [])
        all_f1.append(f1), all_f2.append(f2), all_t1.append(t1), all_t2.append(t2)
    lines.append("===== pooled (same rows as above)")
    fig_rows["pooled"] = figure_agreement(pd.concat(all_f1), pd.concat(all_f2), [])
    th_rows["pooled"] = theme_agreement(pd.concat(all_t1), pd.concat(all_t2), [])
    fig_rows["pooled, class A settled"] = figure_agreement(
        pd.concat(all_f1), pd.concat(all_f2 + [settled_list_counts(all_f1)]), [])
    fig = pd.DataFrame(fig_rows).T
    th = pd.DataFrame(th_rows).T
    cc = class_counts(pd.concat(all_f1), pd.concat(all_f2)).set_index("class")
    out = ["## Figures", "", to_md(fig), "", "## Figure disagreements by class (pooled)", "", to_md(cc), "",
           "## Themes", "", to_md(th), ""]
    (HERE / "agreement.md").write_text("\n".join(out), encoding="utf-8")
    (HERE / "disagreements.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
