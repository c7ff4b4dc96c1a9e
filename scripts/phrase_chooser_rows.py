"""Build the table of phrase-judged figures for the learnt phrase chooser experiment (round 15, ``r15phrase``).

One row per true figure a reader wrote a phrase for (what the figure measures) that the figures stage of the code
given finds at the same place. Sources, read only where allowed:

* ``dev``: ``tests/realworld/figures_gold.csv`` rows of documents whose manifest ``split`` is ``dev`` (filtered through
  :func:`learnt_id_rows._dev_items`: no ``test`` document or gold row is ever read); target = the gold ``indicator``;
* ``seed``: ``tests/gold/figures_gold.csv`` over ``data/raw/`` (the seed minutes); target = the gold ``indicator``;
* ``r8``: ``tests/realworld/pools/r8/r8phrase`` (``my_phrase``); the id pools r8idA/B/C wrote no phrase;
* ``r9`` ... ``r13``: every pool of those rounds whose ``judged.csv`` has ``reader_phrase`` (both halves), each row's
  ``is_figure`` overridden by the same span's row of the pool's ``rejudged.csv``.

Besides the figure (span, surface, unit, the rules' phrase ``indicator``, its sentence, raw text either side), a row
carries ``first_phrase`` and ``first_judged``: the phrase of the pool's first run (rules that had not seen the pool:
``pred_indicator``; r8phrase: ``first_indicator``) and its human judgement (empty for dev and seed), and ``rules_judged``: the human judgement (``phrase_names_measure``: 1/0, empty when none) of the rules' phrase
when a reader judged that very phrase of that span (the first run's ``pred_indicator`` or a ``rejudged.csv`` phrase).
The ``council`` column is :func:`learnt_id_rows.council_key`, one key per council across sources.

Usage::

    .venv/bin/python scripts/phrase_chooser_rows.py --out tests/realworld/phrase_chooser_rows.csv
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import learnt_id_rows as lr  # noqa: E402  (its loading: manifests, the stage run in a subprocess, council keys)

ROOT = lr.ROOT
RW = lr.RW
POOLS = lr.POOLS
SOURCES = ("dev", "seed", "r8", "r9", "r10", "r11", "r12", "r13")
#: raw text kept either side of a figure
SIDE = lr.SIDE
COLUMNS = ["source", "pool", "doc_id", "council", "raw_start", "raw_end", "surface", "unit", "indicator", "sentence",
           "left", "right", "heading", "prev_phrase", "reader_phrase", "rules_judged",
           "first_phrase", "first_judged"]
#: the figures stage of the code given (as learnt_id_rows's run), with each figure's segment heading
_RUN = lr._RUN.replace(
    "corpus.run(Path(sys.argv[2]), Path(sys.argv[3]))", "_docs, segs = corpus.run(Path(sys.argv[2]), Path(sys.argv[3]))"
).replace(
    "figs[cols].to_json(", "head = dict(zip(segs['segment_id'], segs['heading'].astype(object).where(segs['heading'].notna(), '')))\n"
    "figs['heading'] = [head.get(s, '') for s in figs['segment_id']]\ncols.append('heading')\nfigs[cols].to_json(")
_YES = ("1", "y", "yes", "true", "yes (missed)")
#: a reader's note in brackets about the judgement, not part of the phrase ("(the phrase names the underlying count)")
_NOTE = re.compile(r"\s*\((?=[^)]*\b(?:phrase|names|judged|reader|ok|wrong|not)\b)[^)]*\)")


def clean_reader_phrase(p: str) -> str:
    """A reader's phrase without the bracketed notes about the judgement.

    >>> clean_reader_phrase("rise in pupils given EHCPs (the phrase names the underlying count)")
    'rise in pupils given EHCPs'
    >>> clean_reader_phrase("children in care (CLA)")
    'children in care (CLA)'
    """
    return _NOTE.sub("", p or "").strip()


def _pool_items(pool: Path, source: str) -> list[dict]:
    """The judged true figures of a pool with a reader's phrase, and the judgements of each span's phrases."""
    rows = list(csv.DictReader(open(pool / "judged.csv", encoding="utf-8")))
    judged: dict[tuple[str, int], dict[str, str]] = {}
    later: dict[tuple[str, int, int], str] = {}
    rej = pool / "rejudged.csv"
    if rej.exists():
        for r in csv.DictReader(open(rej, encoding="utf-8")):
            later[(r["doc_id"], int(r["raw_start"]), int(r["raw_end"]))] = r["is_figure"]
            if r.get("indicator") or (r.get("phrase_names_measure") or "").strip():
                judged.setdefault((r["doc_id"], int(r["raw_start"])), {})[r["indicator"]] = (
                    "1" if r["phrase_names_measure"].strip().lower() in _YES else "0")
    man = lr._pool_manifest(pool)
    items = []
    for r in rows:
        if not str(r.get("raw_start", "")).isdigit():
            continue  # (a figure the first run missed, with no span)
        a = int(r["raw_start"])
        b = int(r["raw_end"]) if str(r.get("raw_end", "")).isdigit() else -1
        isf = later.get((r["doc_id"], a, b), r["is_figure"])
        if r.get("pred_indicator") or (r.get("phrase_names_measure") or "").strip():
            judged.setdefault((r["doc_id"], a), {}).setdefault(
                r["pred_indicator"], "1" if (r["phrase_names_measure"] or "").strip().lower() in _YES else "0")
        phrase = clean_reader_phrase(r.get("reader_phrase") or "")
        if str(isf).strip().lower() not in _YES or not phrase:
            continue
        first = r.get("pred_indicator") or ""
        items.append({"source": source, "pool": pool.name, "doc_id": r["doc_id"], "council": man[r["doc_id"]]["council"],
                      "raw_start": a, "reader_phrase": phrase, "first": first,
                      "first_judged": ("1" if (r["phrase_names_measure"] or "").strip().lower() in _YES else "0")
                      if (first or (r["phrase_names_measure"] or "").strip()) else ""})
    for it in items:
        it["judged"] = judged.get((it["doc_id"], it["raw_start"]), {})
    return items


def _r8_items() -> list[dict]:
    pool = POOLS / "r8" / "r8phrase"
    man = lr._pool_manifest(pool)
    items = []
    for r in csv.DictReader(open(pool / "judged.csv", encoding="utf-8")):
        doc = r["file"].removesuffix(".txt")
        phrase = clean_reader_phrase(r["my_phrase"])
        if r["figure"].strip().lower() not in _YES or not phrase or not r["raw_start"].isdigit():
            continue
        j = {r["first_indicator"]: "1" if r["first_ok"].strip() in ("1", "Y") else "0"} if r["first_class"] != "missed" else {}
        items.append({"source": "r8", "pool": "r8phrase", "doc_id": doc, "council": man[doc]["council"],
                      "raw_start": int(r["raw_start"]), "reader_phrase": phrase, "judged": j,
                      "first": r["first_indicator"] if j else "", "first_judged": next(iter(j.values()), "")})
    return items


def _gold_items(gold: Path, docs: dict[str, str], source: str, pool: str) -> list[dict]:
    items = []
    for g in csv.DictReader(open(gold, encoding="utf-8")):
        if g["doc_id"] not in docs:  # (dev: a test document's gold row, skipped unread)
            continue
        if not (g.get("indicator") or "").strip():
            continue
        items.append({"source": source, "pool": pool, "doc_id": g["doc_id"], "council": docs[g["doc_id"]],
                      "raw_start": int(g["raw_start"]), "reader_phrase": g["indicator"].strip(), "judged": {}})
    return items


def build(src: Path, sources: list[str]) -> list[dict]:
    items: list[dict] = []
    pages: dict[str, tuple[Path, dict]] = {}
    if "dev" in sources:
        _, docs, manifest = lr._dev_items()
        items += _gold_items(RW / "figures_gold.csv", docs, "dev", "dev")
        for r in manifest:
            pages[f"dev--{Path(r['file']).stem}"] = (RW / "raw" / r["file"], r)
    if "seed" in sources:
        seed = list(csv.DictReader(open(ROOT / "data" / "raw" / "manifest.csv", encoding="utf-8")))
        items += _gold_items(ROOT / "tests" / "gold" / "figures_gold.csv",
                             {Path(r["file"]).stem: r["council"] for r in seed}, "seed", "seed")
        for r in seed:
            pages[f"seed--{Path(r['file']).stem}"] = (ROOT / "data" / "raw" / r["file"], r)
    if "r8" in sources:
        r8 = _r8_items()
        items += r8
        lr._add_pages(pages, POOLS / "r8", r8)
    for rnd in ("r9", "r10", "r11", "r12", "r13"):
        if rnd not in sources:
            continue
        for judged_csv in sorted((POOLS / rnd).glob("*/judged.csv")):
            if "reader_phrase" not in (judged_csv.read_text(encoding="utf-8").split("\n", 1)[0]):
                continue
            got = _pool_items(judged_csv.parent, rnd)
            items += got
            lr._add_pages(pages, POOLS / rnd, got)
    lr._RUN = _RUN  # (the same subprocess run, one more column)
    figs = lr._stage_figures(src, [(f"{k}.txt", pages[k]) for k in sorted(pages)])
    by_doc: dict[str, list[dict]] = {}
    for f in figs:
        by_doc.setdefault(f["doc_id"], []).append(f)
    prev: dict[tuple[str, int], str] = {}  # the phrase of the figure before in the same sentence
    for doc, fs in by_doc.items():
        fs.sort(key=lambda f: f["raw_start"])
        for f0, f1 in zip(fs, fs[1:]):
            if f0["sentence"] == f1["sentence"]:
                prev[(doc, f1["raw_start"])] = f0["indicator"] or ""
    rows, seen = [], set()
    for it in items:
        key = f"{it['pool']}--{it['doc_id']}"
        cands = by_doc.get(key, [])
        hit = lr.figure_at(cands, it["raw_start"])
        if hit is None or (key, hit["raw_start"]) in seen:
            continue
        seen.add((key, hit["raw_start"]))
        text = pages[key][0].read_text(encoding="utf-8")
        a, b = hit["raw_start"], hit["raw_end"]
        ind = hit["indicator"] or ""
        rows.append({
            "source": it["source"], "pool": it["pool"], "doc_id": it["doc_id"], "council": lr.council_key(it["council"]),
            "raw_start": a, "raw_end": b, "surface": hit["surface"], "unit": hit["unit"] or "", "indicator": ind,
            "sentence": hit["sentence"] or "", "left": text[max(0, a - SIDE):a], "right": text[b:b + SIDE],
            "heading": hit.get("heading") or "", "prev_phrase": prev.get((key, a), ""),
            "reader_phrase": it["reader_phrase"], "rules_judged": it["judged"].get(ind, ""),
            "first_phrase": it.get("first", ""), "first_judged": it.get("first_judged", ""),
        })
    rows.sort(key=lambda r: (r["source"], r["pool"], r["doc_id"], r["raw_start"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(ROOT / "src"))
    ap.add_argument("--sources", default=",".join(SOURCES))
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    rows = build(Path(args.src), args.sources.split(","))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} rows ({sum(r['rules_judged'] == '1' for r in rows)} with the rules' phrase judged right) -> "
          f"{args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
