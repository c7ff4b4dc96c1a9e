"""Round 28 (r28recall): learnt-id rows with the context the fallback's candidates do not read.

The rows of ``scripts/learnt_id_rows.py`` (pools, dev) or of ``scripts/r28arbiter/blind_rows.py`` (the open blind sets,
from BASE's run), each with the figure's segment found in the corpus stage's ``segments`` table (same code, same
pages) and these columns added:

* ``seg_text``: the clean text of the figure's segment (its passage);
* ``seg_before``: the segment's clean text before the figure's sentence (the earlier sentences of the passage);
* ``heading``: the segment's ``heading`` (the section / agenda item it sits under);
* ``item``: the nearest earlier segment of kind ``heading``/``title`` in the document (its text), the agenda item's title;
* ``prev_seg``: the text of the segment just before (the paragraph before).

Usage::

    PYTHONPATH=src .venv/bin/python scripts/r28recall/context_rows.py pools OUT.csv
    PYTHONPATH=src .venv/bin/python scripts/r28recall/context_rows.py blind BLIND_ROWS.csv OUT.csv
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import learnt_id_rows as lir  # noqa: E402

SEGS: dict[str, list[dict]] = {}
_SEG_RUN = r"""
import sys, warnings
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from analysis import corpus
warnings.simplefilter("ignore")
_, seg = corpus.run(Path(sys.argv[2]), Path(sys.argv[3]))
seg[["doc_id", "seq", "kind", "heading", "number", "text", "raw_start", "raw_end"]].to_json(sys.argv[4], orient="records")
"""


def _segments(src: Path, raw: Path, tmp: Path) -> None:
    out = tmp / "segs.json"
    subprocess.run([sys.executable, "-c", _SEG_RUN, str(src), str(raw), str(tmp / "p2"), str(out)], check=True,
                   env={**os.environ, "CM_LEARNT_ID": "off"})
    for s in json.loads(out.read_text(encoding="utf-8")):
        SEGS.setdefault(s["doc_id"], []).append(s)


_orig_stage = lir._stage_figures


def _stage_and_segments(src: Path, pages):  # type: ignore[no-untyped-def]
    figs = _orig_stage(src, pages)
    with tempfile.TemporaryDirectory(prefix="r28recall-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        with open(raw / "manifest.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, ["file", "council", "committee", "meeting_date", "title", "source_url"])
            w.writeheader()
            for name, (path, row) in pages:
                (raw / name).write_bytes(Path(path).read_bytes())
                w.writerow({"file": name, "council": row.get("council", ""), "committee": row.get("committee", ""),
                            "meeting_date": row.get("meeting_date", ""), "title": row.get("title", ""),
                            "source_url": row.get("source_url", "")})
        _segments(src, raw, Path(tmp))
    return figs


def add_context(rows: list[dict], key) -> list[dict]:  # type: ignore[no-untyped-def]
    """Each row with its segment's context (``key(row)``: the doc_id the segments table calls its page)."""
    for r in rows:
        segs = sorted(SEGS.get(key(r), []), key=lambda s: s["seq"])
        a = int(r["raw_start"])
        at = next((i for i, s in enumerate(segs) if s["raw_start"] <= a < s["raw_end"]), None)
        if at is None:
            r.update(seg_text="", seg_before="", heading="", item="", prev_seg="", seg_kind="")
            continue
        s = segs[at]
        sent = str(r.get("sentence") or "")
        text = s["text"] or ""
        k = text.find(sent[:40]) if sent else -1
        r["seg_text"] = text
        r["seg_before"] = text[:k] if k > 0 else ""
        r["heading"] = s["heading"] or ""
        r["seg_kind"] = s["kind"]
        r["item"] = next((t["text"] for t in reversed(segs[:at]) if t["kind"] in ("heading", "title")), "")
        r["prev_seg"] = segs[at - 1]["text"] if at > 0 else ""
    return rows


EXTRA = ["seg_kind", "seg_text", "seg_before", "heading", "item", "prev_seg"]


def main(argv: list[str]) -> int:
    if argv[0] == "pools":
        lir._stage_figures = _stage_and_segments
        rows = lir.build(ROOT / "src", list(lir.SOURCES))
        rows = add_context(rows, lambda r: f"{r['pool']}--{r['doc_id']}")
        cols = lir.COLUMNS + EXTRA
        out = argv[1]
    else:
        bl = pd.read_csv(argv[1], dtype=str, keep_default_na=False)
        base = Path("/work/staging/r28/base")
        for s in sorted(set(bl["set"])):
            with tempfile.TemporaryDirectory(prefix="r28recall-") as tmp:
                raw = Path(tmp) / "raw"
                raw.mkdir()
                for f in (base / s / "raw").iterdir():
                    (raw / f.name).write_bytes(f.read_bytes())
                (raw / "manifest.csv").write_bytes((base / s / "manifest.csv").read_bytes())
                _segments(ROOT / "src", raw, Path(tmp))
        rows = add_context(bl.to_dict("records"), lambda r: r["doc_id"])
        cols = list(bl.columns) + EXTRA
        out = argv[2]
    pd.DataFrame(rows, columns=cols).to_csv(out, index=False)
    print(f"{len(rows)} rows, {sum(1 for r in rows if r['seg_text'])} with a segment -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
