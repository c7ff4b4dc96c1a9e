"""Score the figures stage on a judged pool of real minutes (tests/realworld/pools: round 11's, and earlier ones in the same layout).

A pool is a folder with ``raw/`` (pages and ``manifest.csv``: ``file,council,source_url,...``) and
``judged.csv``: one row per figure of the pool's first run and per true figure that run missed, keyed by
``doc_id,raw_start,raw_end``, with ``is_figure`` (1, 0, or ``a`` for ambiguous: left out), the first run's
phrase (``pred_indicator``), whether it names what is measured (``phrase_names_measure``) and the id a
reader gives (``reader_id``; ``?`` left out). A later run predicts figures the judgement never saw, or the
same figure with another phrase: those are judged once more into ``rejudged.csv`` (same key, plus
``indicator``: the phrase judged, ``is_figure``, ``phrase_names_measure``, ``reader_id``) and listed as
``UNSCORABLE`` until they are. A rejudged row's ``is_figure`` replaces the first judgement of its span (a
missed figure the code now finds with a wider span, "a third" for "third", is judged again as its own row
and its old span set to ``a``); a row with an empty ``indicator`` and ``phrase_names_measure`` judges no
phrase.

Scores (as ``analysis.evaluation.score_figures`` on the gold tables): precision and recall of figure spans,
``phrase`` = share of true figures found whose phrase names the measure, ``id`` = share of figures a
reader gives an id that are found with exactly that id (a missed figure counts as wrong), ``given`` = ids
given to true figures a reader gives none.

Usage (the code scored is the one on ``PYTHONPATH``)::

    PYTHONPATH=src .venv/bin/python scripts/score_pool.py tests/realworld/pools/r11/r11freshA [--list]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Key = tuple[str, int, int]


@dataclass
class Judgement:
    """What a reader said of one span: figure or not, the phrase judged and whether it names the measure, the id."""

    is_figure: str
    phrases: dict[str, str] = field(default_factory=dict)  # phrase -> "1" / "0"
    reader_id: str = ""


def _key(r: dict[str, str]) -> Key:
    return r["doc_id"], int(r["raw_start"]), int(r["raw_end"])


#: how the pools of rounds 8-11 write "figure", "not a figure" and "ambiguous" (stored as "1", "0", "a")
_IS_FIGURE = {"1": "1", "y": "1", "yes": "1", "yes (missed)": "1", "0": "0", "n": "0", "no": "0",
              "a": "a", "amb": "a", "ambiguous": "a"}
_COLUMNS = ("doc_id", "raw_start", "raw_end", "is_figure", "pred_indicator", "phrase_names_measure", "reader_id")


def _yes(value: str | None) -> str:
    """A yes/no cell ("1", "Y", "yes" ...) as "1" or "0"."""
    return "1" if (value or "").strip().lower() in ("1", "y", "yes") else "0"


def _is_figure(value: str | None, where: str) -> str:
    """``value`` of an ``is_figure`` cell as "1", "0" or "a"; anything else is an error naming ``where``."""
    v = _IS_FIGURE.get((value or "").strip().lower())
    if v is None:
        raise ValueError(f"{where}: is_figure is {value!r}, not one of {sorted(set(_IS_FIGURE))}")
    return v


def load_judgements(pool: Path, no_span: list[dict[str, str]] | None = None) -> dict[Key, Judgement]:
    """``judged.csv`` and, when present, ``rejudged.csv`` of ``pool``, by span. A row without offsets (round 9's
    ``r9idA`` and ``r9idC`` write some figures their first run missed by surface alone) has no span to match: it is
    left out, and appended to ``no_span`` when given."""
    out: dict[Key, Judgement] = {}
    path = pool / "judged.csv"
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in _COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise ValueError(f"{path}: no column {', '.join(missing)} (this pool's judgement has another layout: "
                             "see tests/realworld/pools/README.md)")
        for n, r in enumerate(reader, start=2):
            if not (r["raw_start"] or "").strip() or not (r["raw_end"] or "").strip():
                if no_span is not None:
                    no_span.append(r)
                continue
            isf = _is_figure(r["is_figure"], f"{path}, line {n}")
            j = out.setdefault(_key(r), Judgement(isf, reader_id=r["reader_id"].strip()))
            if r["pred_indicator"] or r["phrase_names_measure"].strip():  # a predicted figure (a missed one has neither)
                j.phrases[r["pred_indicator"]] = _yes(r["phrase_names_measure"])
    re_path = pool / "rejudged.csv"
    if re_path.exists():
        with open(re_path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                k = _key(r)
                isf = _is_figure(r["is_figure"], str(re_path))
                j = out.get(k)
                if j is None:
                    j = out[k] = Judgement(isf, reader_id=r["reader_id"].strip())
                else:  # a second reading of a judged span: its is_figure stands (e.g. "a" for a span the code
                    j.is_figure = isf  # now finds wider, judged again as its own row)
                if r["indicator"] or r["phrase_names_measure"].strip():
                    j.phrases[r["indicator"]] = _yes(r["phrase_names_measure"])
    return out


@dataclass
class StageRun:
    """What the clean and figures stages of the code on ``PYTHONPATH`` made of some pages: the figures and numbers
    tables, the segments table, and each document's cleaned text (``processed/text/<doc_id>.txt``, the text the
    figures' clean offsets index) by ``doc_id``."""

    figures: Any
    numbers: Any
    segments: Any
    texts: dict[str, str]


def run_clean_figures(rows: list[dict[str, str]], srcdir: Path) -> StageRun:
    """The clean and figures stages of the code on ``PYTHONPATH`` over the pages ``rows`` (manifest rows) name in
    ``srcdir``, copied to a temporary folder with a manifest of ``corpus.REQUIRED_COLUMNS`` (a row's missing cells
    empty). The one runner of the research scripts (``run_stages`` here and in ``pooltools``,
    ``figure_filter_pools.run_stages``, ``phrase_reader_rows``)."""
    import shutil

    from analysis import corpus, figures

    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        with open(raw / "manifest.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(corpus.REQUIRED_COLUMNS)
            for r in rows:
                shutil.copy(srcdir / r["file"], raw / r["file"])
                w.writerow([r.get(c, "") for c in corpus.REQUIRED_COLUMNS])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _docs, segments = corpus.run(raw, Path(tmp) / "p")
            figs, nums = figures.run(raw, Path(tmp) / "p")
        texts = {t.stem: t.read_text(encoding="utf-8") for t in sorted((Path(tmp) / "p" / "text").glob("*.txt"))}
    return StageRun(figs, nums, segments, texts)


def run_stages(rows: list[dict[str, str]], srcdir: Path) -> tuple[Any, Any]:
    """The (figures, numbers) data frames of :func:`run_clean_figures` (also ``scripts/pooltools.py``'s runner)."""
    run = run_clean_figures(rows, srcdir)
    return run.figures, run.numbers


def run_pool(pool: Path) -> list[dict[str, str]]:
    """The figures the code on ``PYTHONPATH`` finds in the pool's pages (clean + figures stages; the pages' committee,
    date and title left empty)."""
    with open(pool / "raw" / "manifest.csv", encoding="utf-8", newline="") as f:
        rows = [{"file": r["file"], "council": r["council"], "source_url": r["source_url"]} for r in csv.DictReader(f)]
    figs, _ = run_stages(rows, pool / "raw")
    return [{k: ("" if v is None or v != v else str(v)) for k, v in r.items()} for r in figs.to_dict("records")]


def score(figs: list[dict[str, str]], judged: dict[Key, Judgement]) -> tuple[dict[str, int], list[tuple], list[tuple]]:
    """Counts (pred, tp, missed, phrase, id_n, id_right, given), the unscorable figures and the error rows."""
    s = dict(pred=0, tp=0, missed=0, phrase=0, id_n=0, id_right=0, given=0)
    unscorable: list[tuple] = []
    errors: list[tuple] = []
    found: set[Key] = set()
    for f in figs:
        k = (f["doc_id"], int(f["raw_start"]), int(f["raw_end"]))
        j = judged.get(k)
        pid = f.get("indicator_id", "")
        if j is None:
            unscorable.append((k, f["surface"], f["indicator"], pid, "span not judged"))
            continue
        found.add(k)
        if j.is_figure == "a":
            continue
        s["pred"] += 1
        if j.is_figure != "1":
            errors.append((k, f["surface"], f["indicator"], "NOT A FIGURE", pid))
            continue
        s["tp"] += 1
        ph = j.phrases.get(f["indicator"])
        if ph is None:
            unscorable.append((k, f["surface"], f["indicator"], pid, "phrase not judged"))
        else:
            s["phrase"] += ph == "1"
            if ph != "1":
                errors.append((k, f["surface"], f["indicator"], "PHRASE", pid))
        if j.reader_id == "?":
            pass
        elif j.reader_id:
            s["id_n"] += 1
            s["id_right"] += pid == j.reader_id
            if pid != j.reader_id:
                errors.append((k, f["surface"], f["indicator"], "ID " + j.reader_id, pid))
        elif pid:
            s["given"] += 1
            errors.append((k, f["surface"], f["indicator"], "ID none fits", pid))
    for k, j in sorted(judged.items()):
        if k not in found and j.is_figure == "1":
            s["missed"] += 1
            if j.reader_id and j.reader_id != "?":
                s["id_n"] += 1
            errors.append((k, "", "", "MISSED", ""))
    return s, unscorable, errors


def line(s: dict[str, int], n_phrase_unjudged: int = 0) -> str:
    """One line of scores."""
    tp, pred, missed = s["tp"], s["pred"], s["missed"]
    p = tp / pred if pred else 0.0
    r = tp / (tp + missed) if tp + missed else 0.0
    f1 = 2 * tp / (pred + tp + missed) if pred + tp + missed else 0.0
    judged_ph = tp - n_phrase_unjudged
    return (f"P {tp}/{pred}={p:.3f}  R {tp}/{tp + missed}={r:.3f}  F1 {f1:.3f}  "
            f"phrase {s['phrase']}/{judged_ph}={s['phrase'] / max(judged_ph, 1):.3f}  "
            f"id {s['id_right']}/{s['id_n']}={s['id_right'] / max(s['id_n'], 1):.3f}  given where none fits {s['given']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pool", type=Path)
    ap.add_argument("--list", action="store_true", help="print every error row")
    args = ap.parse_args(argv)
    no_span: list[dict[str, str]] = []
    try:
        judged = load_judgements(args.pool, no_span)
    except (OSError, ValueError, KeyError) as e:
        print(f"score_pool: {e}", file=sys.stderr)
        return 2
    figs = run_pool(args.pool)
    s, unscorable, errors = score(figs, judged)
    print(f"{args.pool.name}: {line(s, sum(u[4] == 'phrase not judged' for u in unscorable))}")
    if no_span:
        print(f"LEFT OUT ({len(no_span)}): judged rows without offsets (no span to match): "
              + "; ".join(repr(r.get("surface", "")) for r in no_span))
    if unscorable:
        print(f"UNSCORABLE ({len(unscorable)}): judge into rejudged.csv")
        for u in unscorable:
            print("  ", u)
    if args.list:
        for e in errors:
            print("  ", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
