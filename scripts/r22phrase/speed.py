"""Round 22 (r22phrase): CPU seconds of the figures stage alone over every open pool's pages (cleaned once, then
``figures_from_segments`` in this process, best of N), and, with --profile, the share of r22phrase's new functions.

Usage: PYTHONPATH=src .venv/bin/python scripts/r22phrase/speed.py [--repeat 3] [--profile]
"""
import argparse
import cProfile
import csv
import pstats
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import pooltools  # noqa: E402
from analysis import corpus, io  # noqa: E402
from analysis.figures import stage  # noqa: E402
from analysis.figures.indicators import load_indicators  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--repeat", type=int, default=3)
ap.add_argument("--profile", action="store_true")
a = ap.parse_args()
tmp = Path(tempfile.mkdtemp(prefix="r22phrase-speed-"))
raw = tmp / "raw"
raw.mkdir()
with open(raw / "manifest.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(corpus.REQUIRED_COLUMNS)
    for pool in pooltools.judged_pools(skip_rounds=["r22"]):
        if not (pool / "raw" / "manifest.csv").exists():
            continue
        for r in pooltools.manifest_rows(pool):
            name = f"{pool.name}__{r['file']}"
            shutil.copy(pool / "raw" / r["file"], raw / name)
            w.writerow([name if c == "file" else r.get(c, "") for c in corpus.REQUIRED_COLUMNS])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    corpus.run(raw, tmp / "p")
documents = io.read_table("documents", tmp / "p")
segments = io.read_table("segments", tmp / "p")
texts = corpus.load_texts(tmp / "p", documents["doc_id"].tolist())
inds = load_indicators(None)
rules = stage.load_rules(None)
stage.figures_from_segments(segments, texts, documents, inds, rules)  # warm (learnt fit, caches)
best = []
for _ in range(a.repeat):
    t = time.process_time()
    stage.figures_from_segments(segments, texts, documents, inds, rules)
    best.append(time.process_time() - t)
print(f"{len(documents)} pages; figures stage CPU s: " + " ".join(f"{x:.2f}" for x in best) + f"; best {min(best):.2f}")
if a.profile:
    pr = cProfile.Profile()
    pr.enable()
    stage.figures_from_segments(segments, texts, documents, inds, rules)
    pr.disable()
    st = pstats.Stats(pr)
    total = st.total_tt
    for fn in ("complement_subject", "duration_subject", "reported_clause_start", "reported_predicate"):
        for (file, line, name), (cc, nc, tt, ct, callers) in st.stats.items():
            if name == fn and "/phrase" in file and file.endswith(".py"):  # (phrase.py or a part)
                print(f"  {fn}: {nc} calls, {ct:.3f} s cumulative of {total:.2f} s")
shutil.rmtree(tmp)
