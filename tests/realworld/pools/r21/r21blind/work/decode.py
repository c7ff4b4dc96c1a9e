"""python work/decode.py: work/src/NAME.jsonstr (the search excerpt's JSON string body, as returned) -> raw/NAME.txt, and
work/sources.csv -> manifest.csv (the set's manifest: file, council, committee, meeting_date, title, source_url, page_kind).
(r22split: a thin caller of scripts/pooltools.py; same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
import pooltools  # noqa: E402

pool = Path(__file__).resolve().parents[1]
pooltools.decode(pool, manifest=pool / 'manifest.csv')
