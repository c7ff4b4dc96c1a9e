"""python work/used.py URL [URL...]: is each source_url new? Checks (normalised) every manifest.csv / raw/manifest.csv under
tests/realworld/ except pools/r36/ (this round's measures, each on its own branch; rounds 34-35 (r34blindZ, r34blindAA, r35blindAB, r35blindAC) are on
BASE and checked), the URL's path as text in the repository's notes and tables, and the manifest of the sibling set
r36blindAD (branch r36blindAD: `git show r36blindAD:tests/realworld/pools/r36/r36blindAD/manifest.csv`; only its manifest is
read, never its gold). Prints USED/new per URL; exit code 1 when any is used."""
import csv
import io
import subprocess
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (scripts/blindtools.py)
from pooltools import url_norm  # noqa: E402

SIBLING = 'r36blindAD:tests/realworld/pools/r36/r36blindAD/manifest.csv'


def sibling_rows() -> list[dict[str, str]]:
    """The rows of the sibling set's manifest (empty when its branch is not there)."""
    out = subprocess.run(['git', '-C', str(SET), 'show', SIBLING], capture_output=True, text=True)
    return list(csv.DictReader(io.StringIO(out.stdout))) if out.returncode == 0 else []


def sibling_hits(urls: list[str]) -> int:
    """How many of ``urls`` the sibling set's manifest holds (normalised, one holding the other); prints each hit."""
    theirs = {url_norm(r['source_url']) for r in sibling_rows() if r.get('source_url')}
    bad = 0
    for u in urls:
        n = url_norm(u)
        if n in theirs or any(n in x or x in n for x in theirs):
            print('  SIBLING-HIT', u)
            bad += 1
    return bad


if __name__ == '__main__':
    rc = blindtools.used_set(SET, sys.argv[1:], measure='/pools/r36/')
    sib = sibling_hits(sys.argv[1:])
    sys.exit(1 if (rc or sib) else 0)
