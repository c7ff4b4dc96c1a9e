"""python work/decode.py: work/src/NAME.jsonstr (the search excerpt's JSON string body, as returned) -> raw/NAME.txt, and
work/sources.csv -> raw/manifest.csv (only rows whose text exists).
(r21tidy2: a thin caller of scripts/pooltools.py, the steps every gathered pool's work/ repeated; same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
import pooltools  # noqa: E402

pool = Path(__file__).resolve().parents[1]
pooltools.decode(pool)
