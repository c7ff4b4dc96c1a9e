"""python work/check.py: every gold row slices its file (figures: text[raw_start:raw_end] == surface; themes: the passage text),
every doc has a manifest row and a raw file, and the units are the ones data/indicators.yml documents."""
import csv
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
texts = {p.stem: p.read_text(encoding='utf-8') for p in (SET / 'raw').glob('*.txt')}
man = {r['file'][:-4] for r in csv.DictReader(open(SET / 'manifest.csv', encoding='utf-8'))}
assert man == set(texts), (man ^ set(texts))
UNITS = {'count', 'percent', 'gbp', 'days', 'weeks', 'months', 'years', 'rate', 'percentage_points'}
n = 0
for r in csv.DictReader(open(SET / 'figures_gold.csv', encoding='utf-8')):
    assert texts[r['doc_id']][int(r['raw_start']):int(r['raw_end'])] == r['surface'], r
    assert r['unit'] in UNITS, r; float(r['value']); n += 1
m = 0
for r in csv.DictReader(open(SET / 'themes_gold.csv', encoding='utf-8')):
    assert texts[r['doc_id']][int(r['raw_start']):int(r['raw_end'])] == r['text'], r; m += 1
print('ok:', len(texts), 'files,', n, 'figure rows and', m, 'theme rows slice their files')
