"""Round 28 (r28arbiter): the open blind sets' gold figures as learnt-id rows, from BASE's first run.

Each gold figure of a set (``<set>/figures_gold.csv``) matched to BASE's figure (``<set>/work/first_run/figures.csv``,
:func:`analysis.evaluation.match_figures`) gives one row in the columns of ``scripts/learnt_id_rows.py``: what the
stage computed (unit, per, is_change, phrase, sentence, 120 raw characters either side), ``rules_id`` = BASE's id
where the rules gave it (``id_source`` not ``learnt``), ``reader_id`` = the gold's id, plus ``set``. Gold figures BASE
did not find are left out (no arbiter can move them).

Usage::

    PYTHONPATH=src .venv/bin/python scripts/r28arbiter/blind_rows.py /work/staging/r28/base /work/staging/r28/setnames.txt OUT
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from analysis.evaluation import match_figures  # noqa: E402
from learnt_id_rows import COLUMNS, SIDE, council_key  # noqa: E402


def _s(v: object) -> str:
    return "" if v is None or (isinstance(v, float) and v != v) else str(v)


def main(argv: list[str]) -> int:
    base, names, out = Path(argv[0]), Path(argv[1]).read_text().split(), argv[2]
    rows = []
    for s in names:
        d = base / s
        man = {Path(r["file"]).stem: r for r in csv.DictReader(open(d / "manifest.csv", encoding="utf-8"))}
        gold = pd.read_csv(d / "figures_gold.csv", dtype={"indicator_id": str}, keep_default_na=False)
        pred = pd.read_csv(d / "work" / "first_run" / "figures.csv", keep_default_na=False, dtype=str)
        pred["value"] = pd.to_numeric(pred["value"])
        gold["value"] = pd.to_numeric(gold["value"])
        texts: dict[str, str] = {}
        for gi, pi in match_figures(pred, gold).items():
            g, p = gold.loc[gi], pred.loc[pi]
            doc = p["doc_id"]
            text = texts.setdefault(doc, (d / "raw" / man[doc]["file"]).read_text(encoding="utf-8"))
            a, b = int(p["raw_start"]), int(p["raw_end"])
            rows.append({"set": s, "source": "blind", "pool": s, "half": "", "doc_id": doc,
                         "council": council_key(man[doc]["council"]), "raw_start": a, "raw_end": b,
                         "surface": p["surface"], "unit": _s(p["unit"]), "per": _s(p["per"]),
                         "is_change": str(p["is_change"]) == "True", "indicator": _s(p["indicator"]),
                         "sentence": _s(p["sentence"]), "left": text[max(0, a - SIDE):a], "right": text[b:b + SIDE],
                         "rules_id": "" if p["id_source"] == "learnt" else _s(p["indicator_id"]),
                         "rules_first_id": "", "reader_id": _s(g["indicator_id"]).strip()})
    pd.DataFrame(rows, columns=["set", *COLUMNS]).to_csv(out, index=False)
    print(f"{len(rows)} rows ({sum(1 for r in rows if r['reader_id'])} with a gold id) of {len(names)} sets -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
