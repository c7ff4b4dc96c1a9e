"""python work/check.py: every gold row slices its file (figures: text[raw_start:raw_end] == surface; themes: the passage
text), every doc of the gold is in the manifest and every manifest file has themes."""
import csv
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
texts = {p.stem: p.read_text(encoding='utf-8') for p in (SET / 'raw').glob('*.txt')}
man = {r['file'][:-4] for r in csv.DictReader(open(SET / 'manifest.csv', encoding='utf-8'))}
assert man == set(texts), (man ^ set(texts))
n = 0
for r in csv.DictReader(open(SET / 'figures_gold.csv', encoding='utf-8')):
    assert texts[r['doc_id']][int(r['raw_start']):int(r['raw_end'])] == r['surface'], r; n += 1
m = 0; docs = set()
for r in csv.DictReader(open(SET / 'themes_gold.csv', encoding='utf-8')):
    assert texts[r['doc_id']][int(r['raw_start']):int(r['raw_end'])] == r['text'], r; m += 1; docs.add(r['doc_id'])
assert docs == set(texts)
print('ok:', n, 'figure rows and', m, 'theme rows slice their files;', len(texts), 'files')
