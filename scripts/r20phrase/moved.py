"""(r18phrase) Every true figure of a judged pool whose phrase moved between two score_all --rows files: pool, doc, start,
surface, old phrase (its judgement), new phrase (its judgement or unjudged), the reader's phrase.
Usage: python moved.py ROWS_BEFORE ROWS_AFTER"""
import csv, sys
a = {(r['pool'], r['doc_id'], r['raw_start']): r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
b = {(r['pool'], r['doc_id'], r['raw_start']): r for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))}
for k in sorted(set(a) & set(b)):
    x, y = a[k], b[k]
    if x['indicator'] != y['indicator']:
        print(f"{k[0]}\t{k[1]}\t{k[2]}\t{x['surface']!r}\t{x['indicator']!r} ({x['judged'] or '?'}) -> {y['indicator']!r} ({y['judged'] or '?'})\tREADER {y['reader']!r}")
