"""Judged-pool scores from an ``allpools.py`` output folder, without running the pipeline again (round 26, r26recall).

For every judged pool (``tests/realworld/pools/<round>/<pool>/judged.csv``, not ``r26``) whose figures ``OUT`` holds
(``<round>_<pool>.csv``), :func:`score_pool.score` is applied to them, and the sums are printed as ``sumpools.sh`` prints
them, with the unscorable rows (spans or phrases no reader judged) listed with ``--list``.

(r39tools) Round 8's four pools judge in older layouts that :func:`score_pool.load_judgements` refuses; they are read
here (:func:`older_judgements`), each scored on a line of its own (``r8 r8idB: P ... phrase ... id ...``) and summed on
a line ``r8 pools`` before the last line, which sums the other pools alone as before (comparable with earlier rounds):

* ``r8idB``: ``doc_id,raw_start,...,is_figure,pred_indicator,phrase_names_measure,reader_id`` without ``raw_end``: a
  figure is judged by its start; the missed figures it writes have no start (left out: no recall);
* ``r8idC``: ``doc_id,surface,k,is_figure,phrase_ok,gold_id,pred_indicator``: the ``k``-th figure of that surface in the
  document (by start) is judged; ``gold_id`` ``AMB`` is left out of the id; a missed figure (``k`` ``missed``) is the
  first figure of its surface no other row judges;
* ``r8phrase``: ``file,raw_start,surface,figure,first_indicator,first_ok,final_indicator,final_ok``: by start, the phrases
  of its first and final runs judged; no id is judged (left out);
* ``r8prec``: one row a numeral token (``doc,start,judged``: the kind a reader gives): a figure is true when a token it
  covers is judged a figure (``F``, ``P``, ``Fx``), ambiguous (left out) when one is ``amb``, false otherwise; a figure
  covering no judged token is unscorable; precision only (no phrase, id or miss is judged).

Usage: ``PYTHONPATH=src .venv/bin/python scripts/r26recall/pool_scores.py OUT [--list]``
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import score_pool  # noqa: E402


Row = dict[str, str]
#: the kinds ``r8prec``'s reader gives a token that make the figure covering it a true figure
_PREC_FIGURE_KINDS = frozenset({"F", "P", "Fx"})
#: the pools whose judgement :func:`older_judgements` reads
OLDER_LAYOUTS = ("r8idB", "r8idC", "r8phrase", "r8prec")


def _rows(path: Path) -> list[Row]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _span(f: Row) -> score_pool.Key:
    return f["doc_id"], int(f["raw_start"]), int(f["raw_end"])


def _by_start(figs: list[Row], judged: dict[tuple[str, int], score_pool.Judgement]) -> dict[score_pool.Key, score_pool.Judgement]:
    """Judgements keyed by (doc, start) re-keyed by the spans of ``figs`` that start there; a judged start no figure
    starts at keeps the end -1 (a true figure there counts as missed)."""
    out: dict[score_pool.Key, score_pool.Judgement] = {}
    used: set[tuple[str, int]] = set()
    for f in figs:
        k = _span(f)
        j = judged.get(k[:2])
        if j is not None:
            out[k] = j
            used.add(k[:2])
    for (doc, start), j in judged.items():
        if (doc, start) not in used:
            out[(doc, start, -1)] = j
    return out


def _r8idB(pool: Path, figs: list[Row]) -> dict[score_pool.Key, score_pool.Judgement]:
    judged: dict[tuple[str, int], score_pool.Judgement] = {}
    for r in _rows(pool / "judged.csv"):
        if not r["raw_start"].strip().isdigit():
            continue  # (a missed figure written by surface alone: no span to match)
        j = judged.setdefault((r["doc_id"], int(r["raw_start"])), score_pool.Judgement(
            score_pool._is_figure(r["is_figure"], str(pool)), reader_id=r["reader_id"].strip()))
        if r["pred_indicator"] or r["phrase_names_measure"].strip():
            j.phrases[r["pred_indicator"]] = score_pool._yes(r["phrase_names_measure"])
    return _by_start(figs, judged)


def _r8phrase(pool: Path, figs: list[Row]) -> dict[score_pool.Key, score_pool.Judgement]:
    judged: dict[tuple[str, int], score_pool.Judgement] = {}
    for r in _rows(pool / "judged.csv"):
        if not r["raw_start"].strip().isdigit():
            continue
        j = judged.setdefault((Path(r["file"]).stem, int(r["raw_start"])), score_pool.Judgement(
            score_pool._is_figure(r["figure"], str(pool)), reader_id="?"))
        if r["first_class"] != "missed" and r["first_ok"].strip():
            j.phrases.setdefault(r["first_indicator"], score_pool._yes(r["first_ok"]))
        if r["final_indicator"] and r["final_ok"].strip():
            j.phrases.setdefault(r["final_indicator"], score_pool._yes(r["final_ok"]))
    return _by_start(figs, judged)


def _r8idC(pool: Path, figs: list[Row]) -> dict[score_pool.Key, score_pool.Judgement]:
    by_surface: dict[tuple[str, str, int], score_pool.Key] = {}
    seen: dict[tuple[str, str], int] = {}
    for f in sorted(figs, key=lambda f: (f["doc_id"], int(f["raw_start"]), int(f["raw_end"]))):
        k = seen.get((f["doc_id"], f["surface"]), 0)
        seen[(f["doc_id"], f["surface"])] = k + 1
        by_surface[(f["doc_id"], f["surface"], k)] = _span(f)
    out: dict[score_pool.Key, score_pool.Judgement] = {}
    missed: list[tuple[Row, score_pool.Judgement]] = []
    for n, r in enumerate(_rows(pool / "judged.csv")):
        gid = r["gold_id"].strip()
        j = score_pool.Judgement(score_pool._is_figure(r["is_figure"], str(pool)), reader_id="?" if gid == "AMB" else gid)
        if r["phrase_ok"].strip():
            j.phrases[r["pred_indicator"]] = score_pool._yes(r["phrase_ok"])
        if not r["k"].isdigit():
            missed.append((r, j))
            continue
        out.setdefault(by_surface.get((r["doc_id"], r["surface"], int(r["k"])), (r["doc_id"], -1, n)), j)
    for n, (r, j) in enumerate(missed):  # the first figure of its surface that no row judges, else missed
        k = next((s for (d, surf, _), s in sorted(by_surface.items()) if d == r["doc_id"] and surf == r["surface"]
                  and s not in out), (r["doc_id"], -2, n))
        out[k] = j
    return out


def _r8prec(pool: Path, figs: list[Row]) -> dict[score_pool.Key, score_pool.Judgement]:
    tokens: dict[str, list[tuple[int, str]]] = {}
    for r in _rows(pool / "judged.csv"):
        tokens.setdefault(r["doc"], []).append((int(r["start"]), r["judged"].strip()))
    out: dict[score_pool.Key, score_pool.Judgement] = {}
    for f in figs:
        s, e = int(f["raw_start"]), int(f["raw_end"])
        kinds = {kind for start, kind in tokens.get(f["doc_id"], []) if s <= start < e}
        if kinds:
            isf = "1" if kinds & _PREC_FIGURE_KINDS else "a" if "amb" in kinds else "0"
            out[_span(f)] = score_pool.Judgement(isf, reader_id="?")
    return out


def older_judgements(pool: Path, figs: list[Row]) -> dict[score_pool.Key, score_pool.Judgement]:
    """(r39tools) The judgements of one of round 8's pools (:data:`OLDER_LAYOUTS`, each its own layout: see the
    module's docstring) keyed by the spans of ``figs`` they judge, for :func:`score_pool.score`; a judged true figure no
    span of ``figs`` answers gets a key of its own (a miss). ``ValueError`` for another pool."""
    readers = {"r8idB": _r8idB, "r8idC": _r8idC, "r8phrase": _r8phrase, "r8prec": _r8prec}
    if pool.name not in readers:
        raise ValueError(f"{pool}: no reader of an older layout")
    return readers[pool.name](pool, figs)


def judged_runs(out: Path, pools: Path | None = None) -> Iterator[tuple[Path, list[dict[str, str]], dict]]:
    """Each judged pool (not ``r26``) whose figures ``out`` holds: the pool's folder, its figures as ``allpools.py``
    wrote them (``<round>_<pool>.csv``) and its judgements (:func:`score_pool.load_judgements`, or (r39tools)
    :func:`older_judgements` for round 8's layouts); a pool whose judgements cannot be read is skipped, and named on
    stderr with the reason (round 38: r8idB's older layout hid a loss of three ids while it was skipped silently).
    ``pools``: the folder of ``<round>/<pool>/`` (default: tests/realworld/pools)."""
    for judged in sorted((pools or ROOT / "tests" / "realworld" / "pools").glob("*/*/judged.csv")):
        pool = judged.parent
        if pool.parent.name == "r26":
            continue
        f = out / f"{pool.parent.name}_{pool.name}.csv"
        if not f.exists():
            continue
        with open(f, encoding="utf-8", newline="") as fh:
            figs = list(csv.DictReader(fh))
        try:
            j = older_judgements(pool, figs) if pool.name in OLDER_LAYOUTS else score_pool.load_judgements(pool, [])
        except (OSError, ValueError, KeyError) as exc:
            print(f"skipped {pool.parent.name}/{pool.name}: {exc}", file=sys.stderr)
            continue
        yield pool, figs, j


def _totals(lines: list[str]) -> str:
    """The sums of :func:`score_pool.line` lines, as ``{'P': 'x/y=...', ...} given N``."""
    tot = dict(P=[0, 0], R=[0, 0], phrase=[0, 0], id=[0, 0])
    given = 0
    for line in lines:
        for k in tot:
            m = re.search(r"\b" + k + r" (\d+)/(\d+)", line)
            if m:
                tot[k][0] += int(m[1])
                tot[k][1] += int(m[2])
        m = re.search(r"fits (\d+)", line)
        given += int(m[1]) if m else 0
    return f"{ {k: f'{x}/{y}={x / y:.4f}' if y else f'{x}/{y}' for k, (x, y) in tot.items()} } given {given}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--pools", type=Path, default=None, help="folder of <round>/<pool>/ (default: tests/realworld/pools)")
    a = ap.parse_args(argv)
    newer: list[str] = []
    older: list[str] = []
    for pool, figs, j in judged_runs(a.out, a.pools):
        s, unscorable, errors = score_pool.score(figs, j)
        line = score_pool.line(s, sum(u[4] == "phrase not judged" for u in unscorable))
        if pool.name in OLDER_LAYOUTS:
            older.append(line)
            print(f"{pool.parent.name} {pool.name}: {line}")
        else:
            newer.append(line)
        if a.list and unscorable:
            for u in unscorable:
                print(pool.name, "UNSCORABLE", u)
    if older:
        print("r8 pools (older layouts):", _totals(older))
    print(_totals(newer))


if __name__ == "__main__":
    main()
