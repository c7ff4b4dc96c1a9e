"""My reading (round 43, r43reach) of the 186 wrong "short" pool rows of short_wrong.tsv, by row number (0-based, the
file's order): post = the phrase names the population and the qualifier the reader keeps follows it as a post-modifier
("with ...", "who ...", "at ...", a participle after an aside); cut = the phrase is cut inside its own noun or
participle phrase, the rest of which follows ("less | than good"); pred = the clause's predicate says which part
("| have an EHCP", "| were judged as outstanding"); every other row: not this class (a year or time the reader adds,
the phrase a verb, an adjective or another figure's noun, a list, a different measure). Writes the column `hand` into
short_wrong.tsv and prints the counts by half. usage: hand_tags.py SHORT_WRONG_TSV"""
import sys
import pandas as pd

POST = [2, 53, 67, 167, 168, 6, 15, 118, 132, 133, 157]
CUT = [36, 48, 60, 69, 84, 85, 120, 122, 127, 141, 152, 154, 166, 17, 75, 130, 159, 162, 163]
PRED = [11, 32, 37, 46, 64, 71, 79, 105, 116, 121, 123, 126, 153,
        13, 18, 19, 25, 40, 41, 42, 61, 89, 97, 103, 107, 108, 158, 160, 164, 172]
d = pd.read_csv(sys.argv[1], sep='\t', keep_default_na=False, dtype=str)
tag = {**{i: 'post' for i in POST}, **{i: 'cut' for i in CUT}, **{i: 'pred' for i in PRED}}
assert len(tag) == len(POST) + len(CUT) + len(PRED)
d['hand'] = [tag.get(i, 'other') for i in range(len(d))]
d.to_csv(sys.argv[1], sep='\t', index=False)
for t in ('post', 'cut', 'pred', 'other'):
    x = d[d.hand == t]
    print(f"{t:5} " + ', '.join(f"{h} {len(x[x.half == h])} rows / {x[x.half == h].council.nunique()} councils" for h in 'AB')
          + '  ' + '; '.join(f"{h}: " + ', '.join(sorted(x[x.half == h].council.unique())) for h in 'AB' if t != 'other'))
