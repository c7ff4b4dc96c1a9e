"""Every disagreement between a run and the gold of the twelve open blind sets, one row each (round 25, r25ceiling).

For each set folder under RUN (``openblind.sh``'s output: a copy of the set with ``work/first_run/figures.csv``) the
run's figures are matched to the gold as the scorer matches them (:func:`analysis.evaluation.match_figures`) and
every disagreement is written with its context, so a reader can label it:

* ``false``: a prediction matched to no gold figure;
* ``missed``: a gold figure matched to no prediction;
* ``indicator``: a matched figure whose phrase shares no key word with the gold phrase
  (:func:`analysis.evaluation.same_indicator`);
* ``id``: a matched gold figure with a gold id the prediction does not carry (a missed gold figure with an id is
  an id error too; it is the ``missed`` row, with ``gold_id`` filled).

A ``false`` and a ``missed`` row of the same document whose spans overlap are flagged ``pair`` (the same number read
with another span or value: the placement class, label d).

Second annotations (``pools/r2*/agreement/<set>_figures_second.csv``) are matched to the same gold row or prediction
by the same rule, and ``second`` says what the second annotator did: ``marked`` (a second row overlaps with the same
value), ``not marked``, or empty when the set has no second annotation.

Usage: ``PYTHONPATH=src .venv/bin/python scripts/r25ceiling/errors.py /tmp/r25_openblind_base OUT.csv``
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from analysis.evaluation import match_figures, same_indicator

ROOT = Path(__file__).resolve().parents[2]
POOLS = ROOT / "tests" / "realworld" / "pools"
SETS = ["r21blind", "r21blind2", "r22blindA", "r22blindB", "r22blindC", "r23blindD", "r23blindE", "r23blindF",
        "r23blindG", "r24blindH", "r24blindI", "r24blindJ"]


def second_of(name: str) -> pd.DataFrame | None:
    """The second annotation of a set, or None."""
    path = POOLS / name[:3] / "agreement" / f"{name}_figures_second.csv"
    return pd.read_csv(path, dtype={"doc_id": str, "indicator_id": str, "indicator": str}) if path.exists() else None


def marked(second: pd.DataFrame | None, doc: str, start: int, end: int, value: float) -> str:
    """What the second annotator did with a span: marked (same value, overlapping), not marked, or '' (no second)."""
    if second is None:
        return ""
    s = second[second["doc_id"] == doc]
    for _, r in s.iterrows():
        if int(r["raw_start"]) < end and start < int(r["raw_end"]):
            if abs(float(r["value"]) - value) <= 0.005 * max(1.0, abs(value)):
                return "marked"
            return f"marked other value {r['value']}"
    return "not marked"


def second_id(second: pd.DataFrame | None, doc: str, start: int, end: int) -> str:
    """The second annotator's id for an overlapping row ('' when none)."""
    if second is None:
        return ""
    s = second[(second["doc_id"] == doc) & (second["raw_start"] < end) & (second["raw_end"] > start)]
    return "" if s.empty or not isinstance(s.iloc[0]["indicator_id"], str) else s.iloc[0]["indicator_id"]


def context(text: str, start: int, end: int, width: int = 160) -> str:
    """The surface in its context, the surface bracketed, on one line."""
    a, b = max(0, start - width), min(len(text), end + width)
    return " ".join((text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).split())


def set_rows(run: Path, name: str) -> list[dict]:
    """The disagreements of one set."""
    manifest = pd.read_csv(run / "manifest.csv", dtype=str, keep_default_na=False)
    council_of = {Path(f).stem: c for f, c in zip(manifest["file"], manifest["council"])}
    gold = pd.read_csv(run / "figures_gold.csv", dtype={"doc_id": str, "surface": str, "indicator_id": str,
                                                         "indicator": str})
    gold = gold.assign(_s=gold["raw_start"].astype(int)).sort_values(["doc_id", "_s"], kind="stable")
    gold = gold.drop(columns="_s").reset_index(drop=True)
    pred = pd.read_csv(run / "work" / "first_run" / "figures.csv",
                       dtype={"doc_id": str, "surface": str, "indicator_id": str, "indicator": str})
    pairs = match_figures(pred, gold)
    matched_pred = set(pairs.values())
    second = second_of(name)
    texts = {d: (run / "raw" / f"{d}.txt").read_text(encoding="utf-8") for d in council_of}
    rows = []

    def row(kind: str, doc: str, surface: str, start: int, end: int, **kw) -> dict:
        base = dict(set=name, council=council_of[doc], doc_id=doc, surface=surface, start=start, end=end, kind=kind,
                    gold_value="", pred_value="", gold_indicator="", pred_indicator="", gold_id="", pred_id="",
                    second="", second_id="", pair="", context=context(texts[doc], start, end))
        base.update(kw)
        return base

    def s(x: object) -> str:
        return x if isinstance(x, str) else ""

    for gi, g in gold.iterrows():
        st, en = int(g["raw_start"]), int(g["raw_end"])
        sec = marked(second, g["doc_id"], st, en, float(g["value"]))
        if gi not in pairs:
            rows.append(row("missed", g["doc_id"], g["surface"], st, en, gold_value=g["value"],
                            gold_indicator=s(g["indicator"]), gold_id=s(g["indicator_id"]), second=sec,
                            second_id=second_id(second, g["doc_id"], st, en)))
            continue
        p = pred.loc[pairs[gi]]
        if not same_indicator(g["indicator"], p["indicator"]):
            rows.append(row("indicator", g["doc_id"], g["surface"], st, en, gold_value=g["value"],
                            pred_value=p["value"], gold_indicator=s(g["indicator"]), pred_indicator=s(p["indicator"]),
                            gold_id=s(g["indicator_id"]), pred_id=s(p["indicator_id"]), second=sec,
                            second_id=second_id(second, g["doc_id"], st, en)))
        gid = s(g["indicator_id"]).strip()
        if gid and s(p["indicator_id"]) != gid:
            rows.append(row("id", g["doc_id"], g["surface"], st, en, gold_value=g["value"], pred_value=p["value"],
                            gold_indicator=s(g["indicator"]), pred_indicator=s(p["indicator"]), gold_id=gid,
                            pred_id=s(p["indicator_id"]), second=sec, second_id=second_id(second, g["doc_id"], st, en)))
    for pi, p in pred.iterrows():
        if pi in matched_pred:
            continue
        st, en = int(p["raw_start"]), int(p["raw_end"])
        rows.append(row("false", p["doc_id"], p["surface"], st, en, pred_value=p["value"],
                        pred_indicator=s(p["indicator"]), pred_id=s(p["indicator_id"]),
                        second=marked(second, p["doc_id"], st, en, float(p["value"]))))
    # placement pairs: a false and a missed row of one document with overlapping spans
    for a in rows:
        if a["kind"] != "false":
            continue
        for b in rows:
            if b["kind"] == "missed" and b["doc_id"] == a["doc_id"] and a["start"] < b["end"] and b["start"] < a["end"]:
                a["pair"] = b["pair"] = f"{a['doc_id']}:{min(a['start'], b['start'])}"
    return rows


def main(argv: list[str], sets: list[str] | None = None) -> int:
    """Write the disagreements of RUN (``argv[0]``) with every set of ``sets`` (default :data:`SETS`) to ``argv[1]``.

    A set whose run is missing under RUN is skipped (a run of fewer sets).
    """
    run, out = Path(argv[0]), Path(argv[1])
    names = SETS if sets is None else sets
    rows = [r for name in names if (run / name / "work" / "first_run" / "figures.csv").exists()
            for r in set_rows(run / name, name)]
    table = pd.DataFrame(rows)
    table.to_csv(out, index=False, lineterminator="\n")
    print(table.groupby(["set", "kind"]).size().unstack(fill_value=0).to_string())
    print(table["kind"].value_counts().to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
