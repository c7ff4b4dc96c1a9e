"""python work/used.py URL [URL...]: is each source_url new? Checks (normalised) every manifest under tests/realworld/
(source_url column), every NOTES/notes .md under tests/realworld/ and the staging folders, and the URL's distinctive tail
(last path part / query) as a substring of those texts. Prints USED/new per URL.
(r21tidy2: a thin caller of scripts/pooltools.py, the steps every gathered pool's work/ repeated; same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
import pooltools  # noqa: E402

sys.exit(pooltools.used('/work/wt/r21pool/tests/realworld', '/r21/r21freshA/', sys.argv[1:]))
