"""r19review2: reproduce the slow path of r19ref's reference._TARGET_LEFT (merged at 4bd5d7c).

Usage: python scripts/r19review2/ref_target_left.py SRC   (SRC: a checkout's src folder, e.g. one of 4bd5d7c and one of
47883df to compare). A target word ("target", "aim", "ambition", ...) followed by a long run of words that never ends on
the pattern's closing preposition: each target word starts a lazy scan to the window's end, so the search is quadratic
in the figure's left window (from the last number or clause break, up to the whole sentence).
"""
import sys
import time
import warnings

warnings.simplefilter("ignore")
sys.path.insert(0, sys.argv[1])
from analysis.figures.extraction import extract_figures  # noqa: E402

extract_figures("warm up 5%.")
for unit in ("target set ", "aims high ", "the target date had "):
    for n in (500, 1000, 2000):
        s = "The target is " + unit * n + " 4% and 5% of pupils."
        t = time.perf_counter()
        extract_figures(s)
        print(f"{time.perf_counter() - t:7.3f} s  {unit!r} x {n} ({len(s)} chars)")
try:
    from analysis.figures import reference as R  # noqa: E402
except ImportError:
    sys.exit(0)
for n in (500, 1000, 2000):
    s = "the target date had " * n + "x "
    t = time.perf_counter()
    R._TARGET_LEFT.search(s)
    print(f"{time.perf_counter() - t:7.3f} s  _TARGET_LEFT.search on {len(s)} chars")
