"""python work/decode.py: work/src/NAME.jsonstr (the search excerpt's JSON string body, as returned) -> raw/NAME.txt, and
work/sources.csv -> manifest.csv (the set's manifest: file, council, committee, meeting_date, title, source_url, page_kind)."""
import csv, json
from pathlib import Path
pool = Path(__file__).resolve().parents[1]
rows = list(csv.DictReader(open(pool / 'work' / 'sources.csv', encoding='utf-8')))
(pool / 'raw').mkdir(exist_ok=True)
with open(pool / 'manifest.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator='\n')
    w.writeheader()
    for r in rows:
        body = (pool / 'work' / 'src' / (r['file'][:-4] + '.jsonstr')).read_text(encoding='utf-8').rstrip('\n')
        (pool / 'raw' / r['file']).write_text(json.loads('"' + body + '"'), encoding='utf-8')
        w.writerow(r)
print(len(rows), 'pages')
