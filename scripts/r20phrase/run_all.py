"""(r20phrase, from r19phrase) Run clean+figures stage of the code on PYTHONPATH over every pool r8-r19 with pages (never r20, the measure pool being gathered) and the dev split.
Writes OUT/<pool>.csv (all figure columns). Usage: PYTHONPATH=SRC python run_all.py OUT [pool-glob...]"""
import csv, shutil, sys, tempfile, warnings
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]
POOLS = ROOT / "tests/realworld/pools"
from analysis import corpus, figures

def run(rows, srcdir, out):
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"; raw.mkdir()
        with open(raw / "manifest.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f); w.writerow(corpus.REQUIRED_COLUMNS)
            for r in rows:
                shutil.copy(srcdir / r["file"], raw / r["file"])
                w.writerow([r.get(c, "") if c != "source_url" else r["source_url"] for c in corpus.REQUIRED_COLUMNS])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus.run(raw, Path(tmp) / "p")
            figs, _ = figures.run(raw, Path(tmp) / "p")
    figs = figs.sort_values(["doc_id", "raw_start", "raw_end"])
    figs.to_csv(out, index=False)

def main():
    out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
    pools = sorted(p for p in POOLS.glob("r*/r*") if (p / "raw" / "manifest.csv").exists()
                   and p.parent.name in ("r8","r9","r10","r11","r12","r13","r14","r16","r18","r19"))
    want = sys.argv[2:]
    for p in pools:
        if want and p.name not in want: continue
        rows = list(csv.DictReader(open(p / "raw" / "manifest.csv", encoding="utf-8")))
        for r in rows:  # pools' manifests lack committee etc.
            r.setdefault("committee", ""); r.setdefault("meeting_date", ""); r.setdefault("title", "")
        run(rows, p / "raw", out / f"{p.name}.csv"); print(p.name, flush=True)
    if not want or "dev" in want:
        rows = [r for r in csv.DictReader(open(ROOT / "tests/realworld/raw/manifest.csv", encoding="utf-8")) if r["split"] == "dev"]
        run(rows, ROOT / "tests/realworld/raw", out / "dev.csv"); print("dev", flush=True)
main()
