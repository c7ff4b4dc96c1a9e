"""What a rule reader can reach on the open blind gold: the labelled disagreements turned into scores (round 25).

Inputs: a run of the twelve open blind sets (``openblind.sh``'s output, e.g. /tmp/r25_openblind_base), the
disagreement table of ``errors.py`` (one row per false, missed, wrong-indicator and wrong-id figure) and the hand
labels ``scripts/r25ceiling/hand_labels.csv`` (key: set, doc_id, kind, start). Each disagreement is labelled

* ``a``: the pipeline is wrong by ``tests/gold/README.md``'s clear rules;
* ``b``: the gold is wrong by the README (a slip);
* ``c``: the README does not decide it (a convention question; the note says which rule is missing);
* ``d``: span or value placement only (the right number, read with another span, scale, sign or split);
* ``e``: a scorer artefact (both sides right; the key-word phrase match cannot see it).

Writes ``tests/realworld/ceiling/labels.csv`` (the labelled table with council and mechanism family) and prints the
scenario scores, each pooled over the twelve sets with a council-resampled 95% interval
(:func:`analysis.intervals.bootstrap_intervals`: councils drawn with replacement, 2,000 draws, seed 0):

* ``base``: the run as it is (reproduces the pooled ``first_run.json`` scores);
* ``fix a``: every (a) error fixed in the pipeline; ``fix a+d+e``: every error the pipeline side could fix;
* ``fix b``: the gold's slips corrected; ``fix a+d+e, b``: both (the ceiling with today's conventions);
* ``... + c for``: the (c) rows also decided the pipeline's way (the top of the range (c) spans);
* ``fix a (3+ councils)``: only (a) classes seen at 3+ councils of the pooled sets (the project's own rule for
  writing a fix); ``fix a (3+ elsewhere)``: only (a) errors whose class is seen at 3+ councils of the OTHER
  eleven sets (leave-one-set-out: what could have been written before the set was read).

How a fixed row moves the counts: a false figure the pipeline drops: pred - 1; a missed figure it finds: pred + 1,
tp + 1, indicator + 1 and, with a gold id, id + 1 (a fix is assumed whole); a wrong phrase or id put right: + 1. A
gold slip fixed: a false figure becomes gold (gold + 1, tp + 1, indicator + 1), a missed one leaves the gold (gold - 1,
its id too). A (c) row decided the pipeline's way moves as a gold fix (an id row: the gold takes the run's id, or
none).

Usage: ``PYTHONPATH=src .venv/bin/python scripts/r25ceiling/ceiling.py RUN ERRORS.csv [--exclude-doc DOC]``
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from analysis.intervals import COUNTS, bootstrap_intervals, council_counts, pool_counts
from analysis.realworld import match_passages

ROOT = Path(__file__).resolve().parents[2]
HAND = Path(__file__).resolve().parent / "hand_labels.csv"
OUT = ROOT / "tests" / "realworld" / "ceiling" / "labels.csv"
SETS = ["r21blind", "r21blind2", "r22blindA", "r22blindB", "r22blindC", "r23blindD", "r23blindE", "r23blindF",
        "r23blindG", "r24blindH", "r24blindI", "r24blindJ"]
KEY = ["set", "doc_id", "kind", "start"]

#: mechanism family of each (a)-(e) class, by the first words of the class
FAMILIES = [
    ("footnote or list marker", "marker, label, reference or name read as figure"),
    ("list label", "marker, label, reference or name read as figure"),
    ("reference number", "marker, label, reference or name read as figure"),
    ("telephone", "marker, label, reference or name read as figure"),
    ("number in a proper name", "marker, label, reference or name read as figure"),
    ("band/quintile", "marker, label, reference or name read as figure"),
    ("period name", "marker, label, reference or name read as figure"),
    ("year written", "marker, label, reference or name read as figure"),
    ("fixed expression", "marker, label, reference or name read as figure"),
    ("chart axis", "marker, label, reference or name read as figure"),
    ("age", "age, threshold or rank read as figure"),
    ("threshold", "age, threshold or rank read as figure"),
    ("rank", "age, threshold or rank read as figure"),
    ("number as pronoun", "pronoun number read as figure"),
    ("garbled PDF", "garbled PDF table"),
    ("count missed", "figure missed"), ("duration missed", "figure missed"), ("measure missed", "figure missed"),
    ("money missed", "figure missed"),
    ("phrase", "phrase choice"), ("id:", "id mapping"),
    ("duration", "duration convention"),
]


def family(cls: str) -> str:
    for prefix, fam in FAMILIES:
        if cls.startswith(prefix):
            return fam
    return "placement or value" if cls else ""


def labelled(errors: Path) -> pd.DataFrame:
    """The disagreements with their hand labels (every row must have one) and the mechanism family."""
    err = pd.read_csv(errors, keep_default_na=False)
    hand = pd.read_csv(HAND, keep_default_na=False).drop(columns="surface")
    table = err.merge(hand, on=KEY, how="left", validate="one_to_one")
    missing = table[table["label"].isna() | (table["label"] == "")]
    if len(missing):
        raise SystemExit(f"{len(missing)} disagreements have no hand label:\n{missing[KEY].to_string()}")
    table["family"] = [family(c) if lab in "ab" or c.startswith(("garbled", "id:")) else
                       ("placement or value" if lab == "d" else "scorer" if lab == "e" else "convention")
                       for lab, c in zip(table["label"], table["class"])]
    return table


def base_counts(run: Path, exclude: set[str]) -> dict[str, pd.DataFrame]:
    """Each set's count table (``analysis.intervals.council_counts``), documents in ``exclude`` left out."""
    tables = {}
    for name in SETS:
        d = run / name
        manifest = pd.read_csv(d / "manifest.csv", dtype=str, keep_default_na=False)
        council_of = {Path(f).stem: c for f, c in zip(manifest["file"], manifest["council"]) if Path(f).stem not in exclude}
        gold = pd.read_csv(d / "figures_gold.csv", dtype={"doc_id": str, "surface": str, "unit": str,
                                                           "indicator_id": str, "indicator": str})
        themes = pd.read_csv(d / "themes_gold.csv", dtype={"doc_id": str, "theme": str, "text": str})
        pred = pd.read_csv(d / "work" / "first_run" / "figures.csv", dtype={"doc_id": str, "indicator_id": str,
                                                                            "indicator": str})
        topics = pd.read_csv(d / "work" / "first_run" / "topics.csv", dtype={"doc_id": str, "theme": str})
        keep = lambda t: t[~t["doc_id"].isin(exclude)]  # noqa: E731
        tables[name] = council_counts(keep(pred), keep(gold), match_passages(keep(themes), keep(topics)), council_of)
    return tables


def moved(counts: pd.DataFrame, rows: pd.DataFrame, side: Callable[[pd.Series], str | None]) -> pd.DataFrame:
    """``counts`` after fixing each row of ``rows`` on the side ``side(row)`` says: 'pipeline', 'gold' or None."""
    c = counts.copy()
    for _, r in rows.iterrows():
        how = side(r)
        if how is None:
            continue
        u = r["council"]
        has_id = bool(str(r["gold_id"]).strip())
        if r["kind"] == "false":
            if how == "pipeline":
                c.loc[u, "pred"] -= 1
            else:
                c.loc[u, ["gold", "tp", "indicator_ok"]] += 1
        elif r["kind"] == "missed":
            if how == "pipeline":
                c.loc[u, ["pred", "tp", "indicator_ok"]] += 1
                c.loc[u, "id_ok"] += has_id
            else:
                c.loc[u, "gold"] -= 1
                c.loc[u, "id_gold"] -= has_id
        elif r["kind"] == "indicator":
            c.loc[u, "indicator_ok"] += 1
        elif r["kind"] == "id":
            if how == "gold" and not str(r["pred_id"]).strip():
                c.loc[u, "id_gold"] -= 1
            else:
                c.loc[u, "id_ok"] += 1
    return c


def councils_of_class(table: pd.DataFrame) -> dict[str, int]:
    return table.groupby("class")["council"].nunique().to_dict()


def scenarios(table: pd.DataFrame) -> dict[str, Callable[[pd.Series], str | None]]:
    """Each scenario: which rows are fixed, on which side."""
    a = table[table["label"] == "a"]
    pooled3 = {k for k, v in councils_of_class(a).items() if v >= 3}
    elsewhere3 = {}
    for name in SETS:
        other = a[a["set"] != name]
        elsewhere3[name] = {k for k, v in councils_of_class(other).items() if v >= 3}
    pipe = {"a", "d", "e"}
    return {
        "base": lambda r: None,
        "fix a": lambda r: "pipeline" if r["label"] == "a" else None,
        "fix a (3+ councils)": lambda r: "pipeline" if r["label"] == "a" and r["class"] in pooled3 else None,
        "fix a (3+ elsewhere)": lambda r: "pipeline" if r["label"] == "a" and r["class"] in elsewhere3[r["set"]]
        else None,
        "fix a+d+e": lambda r: "pipeline" if r["label"] in pipe else None,
        "fix b (gold slips)": lambda r: "gold" if r["label"] == "b" else None,
        "fix b, c for": lambda r: "gold" if r["label"] in "bc" else None,
        "fix a+d+e, b": lambda r: "pipeline" if r["label"] in pipe else "gold" if r["label"] == "b" else None,
        "fix a+d+e, b, c for": lambda r: "pipeline" if r["label"] in pipe else "gold" if r["label"] in "bc" else None,
    }


def score_line(counts: pd.DataFrame) -> str:
    iv = bootstrap_intervals(counts)
    s = counts.sum()
    parts = [f"P {s['tp']:.0f}/{s['pred']:.0f}", f"R {s['tp']:.0f}/{s['gold']:.0f}"]
    for m in ("precision", "recall", "f1", "indicator", "indicator_id"):
        r = iv.loc[m]
        parts.append(f"{m[:4] if m != 'indicator_id' else 'id'} {r['estimate']:.3f} [{r['low']:.3f}, {r['high']:.3f}]")
    return "  ".join(parts)


def tail(table: pd.DataFrame, label: str = "a") -> str:
    """The (a) classes by errors, with council counts; how many classes hold 80%; singletons."""
    a = table[table["label"] == label]
    g = a.groupby("class").agg(errors=("doc_id", "size"), councils=("council", "nunique"),
                               sets=("set", "nunique"), family=("family", "first"))
    g = g.sort_values(["errors", "councils"], ascending=False)
    g["cum_share"] = g["errors"].cumsum() / g["errors"].sum()
    n80 = int((g["cum_share"] < 0.8).sum()) + 1
    one = int((g["councils"] == 1).sum())
    lines = [g.to_string(), "",
             f"{len(g)} classes hold {len(a)} ({label}) errors at {a['council'].nunique()} councils; {n80} classes hold 80% of"
             f" the errors; {one} classes ({g.loc[g['councils'] == 1, 'errors'].sum()} errors) are seen at one council"
             f" only; {int((g['councils'] >= 3).sum())} classes ({g.loc[g['councils'] >= 3, 'errors'].sum()} errors)"
             f" at 3+ councils"]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("run", type=Path)
    ap.add_argument("errors", type=Path)
    ap.add_argument("--exclude-doc", action="append", default=[])
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    args = ap.parse_args()
    exclude = set(args.exclude_doc)
    table = labelled(args.errors)
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        cols = ["set", "council", "doc_id", "surface", "start", "end", "kind", "label", "class", "family",
                "gold_value", "pred_value", "gold_id", "pred_id", "second", "second_id", "pair", "note"]
        table[cols].to_csv(OUT, index=False, lineterminator="\n")
    table = table[~table["doc_id"].isin(exclude)]
    print("labels by kind:\n" + pd.crosstab(table["kind"], table["label"], margins=True).to_string())
    print("\nlabels by set:\n" + pd.crosstab(table["set"], table["label"], margins=True).to_string())
    per_set = base_counts(args.run, exclude)
    pooled = pool_counts(list(per_set.values()))
    print("\nscenarios, pooled over the twelve sets (council-resampled 95% intervals):")
    sc = scenarios(table)
    for name, side in sc.items():
        print(f"{name:<32}{score_line(moved(pooled, table, side))}")
    for group, names in (("r21-r23 sets (in-sample for BASE)", SETS[:9]), ("r24 sets (unseen by BASE)", SETS[9:])):
        sub = pool_counts([per_set[n] for n in names])
        rows = table[table["set"].isin(names)]
        print(f"\n{group}:")
        for name in ("base", "fix a", "fix a (3+ elsewhere)", "fix a+d+e", "fix a+d+e, b", "fix a+d+e, b, c for"):
            print(f"{name:<32}{score_line(moved(sub, rows, sc[name]))}")
    print("\nleave-one-set-out: (a) errors of each set whose class is seen at 3+ councils of the other eleven sets")
    lines = []
    for name in SETS:
        rows = table[table["set"] == name]
        a = rows[rows["label"] == "a"]
        hit = a[[sc["fix a (3+ elsewhere)"](r) is not None for _, r in a.iterrows()]]
        s0 = moved(per_set[name], rows, sc["base"]).sum()
        s1 = moved(per_set[name], rows, sc["fix a (3+ elsewhere)"]).sum()
        s2 = moved(per_set[name], rows, sc["fix a"]).sum()

        def f1(s: pd.Series) -> float:
            p, r = s["tp"] / s["pred"], s["tp"] / s["gold"]
            return 2 * p * r / (p + r)
        lines.append(dict(set=name, errors=len(rows), a=len(a), a_writable_elsewhere=len(hit),
                          F1_base=round(f1(s0), 3), F1_fix_writable=round(f1(s1), 3), F1_fix_all_a=round(f1(s2), 3),
                          P_base=round(s0["tp"] / s0["pred"], 3), P_fix_writable=round(s1["tp"] / s1["pred"], 3)))
    print(pd.DataFrame(lines).to_string(index=False))
    print("\n(a) errors, classes by mechanism:\n" + tail(table))
    a = table[table["label"] == "a"]
    print("\n(a) errors by family and kind:\n" + pd.crosstab(a["family"], a["kind"], margins=True).to_string())
    r24 = a[a["set"].isin(SETS[9:])]
    print("\n(a) errors of the r24 sets (unseen by BASE) by family and kind:\n"
          + pd.crosstab(r24["family"], r24["kind"], margins=True).to_string())
    fam = table.groupby(["label", "family"]).agg(errors=("doc_id", "size"), councils=("council", "nunique"))
    print("\nfamilies:\n" + fam.to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
