"""(r19phrase, from r18phrase) The wrong phrases (judged 0) of every judged pool r8-r18 sorted into the structural families the
round-19 brief names (round 18's, plus K hedge dropped and L too long), first match wins, ranked by councils, with r19freshA's count (r20phrase: every pool r8-r19). Usage: python families.py ROWS.csv FIGDIR [FAMILY-PREFIX N]
(ROWS from score_all.py --rows; FIGDIR from run_all.py: for the figure before in the same sentence).
(Now a thin caller of scripts/phrase_families.py, r21tidy: same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import phrase_families  # noqa: E402

rows, figs = phrase_families.main(sys.argv[1:], watch="r19freshA")
