"""python work/show.py DOC: the first run's figures (F) and numbers (N) of one page, in text order, with context, and every
numeral / number word no row covers (U), so missed figures can be read."""
import csv, re, sys
from pathlib import Path
pool = Path(__file__).resolve().parents[1]
doc = sys.argv[1]
text = (pool / 'raw' / f'{doc}.txt').read_text(encoding='utf-8')
rows = []
for r in csv.DictReader(open(pool / 'work' / 'first_run' / 'figures.csv', encoding='utf-8')):
    if r['doc_id'] == doc:
        rows.append((int(r['raw_start']), int(r['raw_end']), 'F', f"{r['surface']!r} unit={r['unit']} ind={r['indicator']!r} id={r['indicator_id']} src={r['id_source']}"))
for r in csv.DictReader(open(pool / 'work' / 'first_run' / 'numbers.csv', encoding='utf-8')):
    if r['doc_id'] == doc:
        rows.append((int(r['raw_start']), int(r['raw_end']), 'N', f"{r['surface']!r} kind={r['kind']}"))
covered = [(a, b) for a, b, _, _ in rows]
WORDS = r'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|half|third|quarter|dozen'
for m in re.finditer(r'\d[\d,.]*|\b(?:%s)\b' % WORDS, text, flags=re.I):
    if not any(a <= m.start() < b for a, b in covered):
        rows.append((m.start(), m.end(), 'U', repr(m.group())))
for a, b, k, d in sorted(rows):
    ctx = text[max(0, a - 70):b + 50].replace('\n', ' ')
    print(f"{k} {a}-{b} {d}\n      ...{ctx}...")
