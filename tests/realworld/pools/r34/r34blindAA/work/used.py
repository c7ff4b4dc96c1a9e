"""python work/used.py URL [URL...]: is each source_url new? Checks (normalised) every manifest.csv / raw/manifest.csv under
tests/realworld/ except pools/r34/ (this round's measures, each on its own branch; round 33's r33blindX and r33blindY are on BASE and
checked; r34blindZ's addresses, on branch r34blindZ, are checked by hand against its manifest), and the URL's path as
text in the repository's notes and tables.
Prints USED/new per URL."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (scripts/blindtools.py)

if __name__ == '__main__':
    sys.exit(blindtools.used_set(SET, sys.argv[1:], measure='/pools/r34/'))
