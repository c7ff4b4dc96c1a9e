"""python work/make_judged.py: work/judge.py + work/first_run/figures.csv -> judged.csv (round 14's columns), sorted."""
import csv, sys
from pathlib import Path
pool = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(pool / 'work'))
from judge import J, MISSED
COLS = ['doc_id', 'raw_start', 'raw_end', 'surface', 'value', 'unit', 'is_figure', 'pred_indicator', 'phrase_names_measure',
        'failure_class', 'reader_phrase', 'reader_id', 'pred_id', 'id_source']
rows = []
text = {}
for r in csv.DictReader(open(pool / 'work' / 'first_run' / 'figures.csv', encoding='utf-8')):
    isf, ph, fc, rp, rid = J[f"{r['doc_id']}:{r['raw_start']}"]
    rows.append({'doc_id': r['doc_id'], 'raw_start': int(r['raw_start']), 'raw_end': int(r['raw_end']), 'surface': r['surface'],
                 'value': r['value'], 'unit': r['unit'], 'is_figure': isf, 'pred_indicator': r['indicator'],
                 'phrase_names_measure': ph if isf else 0, 'failure_class': fc, 'reader_phrase': rp, 'reader_id': rid,
                 'pred_id': r['indicator_id'], 'id_source': r['id_source']})
for doc, a, b, surface, rp, rid in MISSED:
    t = text.setdefault(doc, (pool / 'raw' / f'{doc}.txt').read_text(encoding='utf-8'))
    assert t[a:b] == surface, (doc, a, b, t[a:b], surface)
    rows.append({'doc_id': doc, 'raw_start': a, 'raw_end': b, 'surface': surface, 'value': '', 'unit': '', 'is_figure': 1,
                 'pred_indicator': '', 'phrase_names_measure': '', 'failure_class': '', 'reader_phrase': rp, 'reader_id': rid,
                 'pred_id': '', 'id_source': ''})
rows.sort(key=lambda r: (r['doc_id'], r['raw_start'], r['raw_end']))
with open(pool / 'judged.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=COLS); w.writeheader(); w.writerows(rows)
print(len(rows), 'rows')
