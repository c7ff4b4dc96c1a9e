"""python work/used.py URL [URL...]: is each source_url new? Checks (normalised) every manifest.csv / raw/manifest.csv under
tests/realworld/ except pools/r35/ (this round's measures, each on its own branch; round 34's r34blindZ and r34blindAA are on BASE and
checked), and the URL's path as
text in the repository's notes and tables.
Prints USED/new per URL."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (scripts/blindtools.py)

if __name__ == '__main__':
    sys.exit(blindtools.used_set(SET, sys.argv[1:], measure='/pools/r35/'))
