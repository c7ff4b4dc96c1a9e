"""python work/used.py URL [URL...]: is each source_url new? Checks (normalised) every manifest under tests/realworld/
(source_url column), every NOTES/notes .md under tests/realworld/ and the staging folders, and the URL's distinctive tail
(last path part / query) as a substring of those texts. Prints USED/new per URL.
(r21tidy: a thin caller of scripts/pooltools.py, the steps every gathered pool's work/ repeated; same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
import pooltools  # noqa: E402

# r20freshA (branch r20pool) is not merged here: its manifest was copied with `git show` to work/r20freshA_manifest.csv
sys.exit(pooltools.used('/work/wt/r20poolB/tests/realworld', '/r20/r20freshB/', sys.argv[1:], more_manifests=['/work/wt/r20poolB/tests/realworld/pools/r20/r20freshB/work/r20freshA_manifest.csv'],
                       keep=lambda p: 'r20freshA_manifest' in p))
