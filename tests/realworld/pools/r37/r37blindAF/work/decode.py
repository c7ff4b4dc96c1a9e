"""python work/decode.py: work/src/NAME.jsonstr (the search excerpt's JSON string body, as returned) -> raw/NAME.txt, and
work/sources.csv -> manifest.csv (the set's manifest: file, council, committee, meeting_date, title, source_url, page_kind)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (scripts/blindtools.py)

if __name__ == '__main__':
    blindtools.decode_set(SET)
