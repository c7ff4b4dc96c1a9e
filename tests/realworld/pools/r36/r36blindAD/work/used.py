"""python work/used.py URL [URL...]: is each source_url new? Checks (normalised) every manifest.csv / raw/manifest.csv under
tests/realworld/ except pools/r36/ (this round's measures, each on its own branch; round 35's r35blindAB and r35blindAC are on
BASE and checked), the sibling measure set r36blindAE's manifest on its branch (`git show r36blindAE:...manifest.csv`, when
the branch exists; its manifest only, never its gold), and the URL's path as text in the repository's notes and tables.
Prints USED/new per URL."""
import csv
import io
import subprocess
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (scripts/blindtools.py)
from pooltools import url_norm  # noqa: E402

SIBLING = 'r36blindAE:tests/realworld/pools/r36/r36blindAE/manifest.csv'


def sibling_urls() -> set[str]:
    """Normalised source_urls of the sibling set's manifest on its branch (empty when the branch or file is absent)."""
    try:
        body = subprocess.run(['git', '-C', str(SET), 'show', SIBLING], capture_output=True, text=True, check=True).stdout
    except subprocess.CalledProcessError:
        print('(sibling manifest not found: r36blindAE not checked)')
        return set()
    return {url_norm(r['source_url']) for r in csv.DictReader(io.StringIO(body)) if r.get('source_url')}


if __name__ == '__main__':
    rc = blindtools.used_set(SET, sys.argv[1:], measure='/pools/r36/')
    sib = sibling_urls()
    for u in sys.argv[1:]:
        n = url_norm(u)
        if any(n == x or n in x or x in n for x in sib):
            print('  SIBLING-HIT', u)
            rc = 1
    sys.exit(rc)
