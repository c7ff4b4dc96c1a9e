"""python work/used.py URL [URL...]: is each source_url new? Checks (normalised) every manifest under tests/realworld/
(source_url column; of pools/r21 only the raw/manifest.csv files are read), and the URL's distinctive tail as a substring
of every notes/NOTES .md and csv under tests/realworld/ outside pools/r21/. Prints USED/new per URL.
(r22split: a thin caller of scripts/pooltools.py; same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
import pooltools  # noqa: E402

sys.exit(pooltools.used('/work/wt/r21blind/tests/realworld', '/pools/r21/', sys.argv[1:], staging=None,
                        keep=lambda p: p.endswith('/raw/manifest.csv') and '/r21blind/' not in p))
