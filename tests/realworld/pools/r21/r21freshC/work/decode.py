"""python work/decode.py: work/src/NAME.jsonstr (the search excerpt's JSON string body, as returned) -> raw/NAME.txt, and
work/sources.csv -> raw/manifest.csv (only rows whose text exists)."""
import csv, json
from pathlib import Path
pool = Path(__file__).resolve().parents[1]
rows = list(csv.DictReader(open(pool / 'work' / 'sources.csv', encoding='utf-8')))
with open(pool / 'raw' / 'manifest.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=['file', 'council', 'source_url', 'seen_before', 'page_kind'])
    w.writeheader()
    for r in rows:
        src = pool / 'work' / 'src' / (r['file'][:-4] + '.jsonstr')
        body = src.read_text(encoding='utf-8').rstrip('\n')
        text = json.loads('"' + body + '"')
        (pool / 'raw' / r['file']).write_text(text, encoding='utf-8')
        w.writerow(r)
print(len(rows), 'pages')
