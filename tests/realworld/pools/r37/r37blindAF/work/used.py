"""python work/used.py URL [URL...]: is each source_url new? Checks (normalised) every manifest.csv / raw/manifest.csv under
tests/realworld/ except pools/r37/ (this round's measures, each on its own branch; rounds 34-36's blind sets, r36blindAD and
r36blindAE included, are on BASE and checked), and the URL's path as text in the repository's notes and tables. Prints
USED/new per URL; exit code 1 when any is used. (r36blindAE's used.py with the measure folder changed to /pools/r37/; no
sibling branch is read.)"""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (scripts/blindtools.py)

if __name__ == '__main__':
    sys.exit(1 if blindtools.used_set(SET, sys.argv[1:], measure='/pools/r37/') else 0)
