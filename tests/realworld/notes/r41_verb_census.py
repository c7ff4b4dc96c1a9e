# r41verb census tool: classifies share shapes in /tmp/r41verb/open.tsv and pool.tsv (r40phrase census.py / poolcensus.py
# run on /work/staging/r41/base0 and base0pools; run from that folder). Not a test; kept for the note r41_verb.md.
import csv, re, sys
from collections import Counter, defaultdict
PCT = r"(?:%|\s*per\s*cent|\s*percent)"
VERB = r"(?:were|was|are|is|have|has|had|did|do|does|will|would|can|could|should|may|\w+ed|\w+s)"
def shape(surface, sent):
    i = sent.find(surface)
    if i < 0: return None
    after = sent[i+len(surface):]
    before = sent[:i]
    if not re.match(r"(?i)"+PCT if not surface.endswith('%') else r"", after) and not surface.endswith('%') and not re.match(r"(?i)\s*(?:per\s*cent|percent)", after):
        # fractions words
        if not re.match(r"(?i)(?:half|third|quarter|two thirds|three quarters)", surface): return None
    a = re.sub(r"(?i)^\s*(?:per\s*cent|percent)", "", after)
    if re.search(r"(?i)\b(make|makes|made|making)\s+up\s+(?:around|about|approximately|over|nearly|almost|just\s+over|just\s+under|only|some)?\s*$", before) or \
       re.search(r"(?i)\b(account|accounts|accounted|accounting)\s+for\s+(?:around|about|approximately|over|nearly|almost|just\s+over|just\s+under|only|some)?\s*$", before) or \
       re.search(r"(?i)\b(represent|represents|represented|representing|comprise|comprises|comprised|equates?\s+to|equivalent\s+to)\s+(?:around|about|approximately|over|nearly|almost|just\s+over|just\s+under|only|some)?\s*$", before):
        return "subj_makeup"
    m = re.match(r"(?i)\s+of\s+((?:the|all|our|its|their|these|those)\s+)?([^,;:.()]*)", a)
    if m:
        rest = m.group(2)
        words = rest.split()
        # verb after N within first 8 words
        for k, w in enumerate(words[:10]):
            if k == 0: continue
            if re.fullmatch(r"(?i)(were|was|are|is|have|has|had|did|do|does|will|would|can|could|should|may|remain|remained|live|lived|attend|attended|achieved|achieve|received|receive|went|go|got|get|made|make|took|take|left|need|needed|require|required|returned|said|felt|reported|say|feel|report)", w):
                return "of_N_verb"
        return "of_N_noverb"
    if re.match(r"(?i)\s+(?:were|was|are|is|had|have|has)\b", a): return "pct_copula"
    return None
rows = []
for fn, kind in (("open.tsv","open"),("pool.tsv","pool")):
    for r in csv.reader(open(fn), delimiter='\t'):
        if kind == "open":
            st, council, ok, doc, start, surf, good, pred, sent = r
        else:
            st, council, ok, key, surf, pred, good, sent = r
        sh = shape(surf, sent)
        if sh: rows.append((kind, sh, st, council, int(ok), surf, good, pred, sent))
tab = defaultdict(lambda: [0,0,set(),set()])
for kind, sh, st, c, ok, *_ in rows:
    t = tab[(kind, sh)]; t[ok] += 1; t[2+ok].add(c)
for k in sorted(tab): t=tab[k]; print(k, "wrong", t[0], len(t[2]), "right", t[1], len(t[3]))
with open("share_rows.tsv","w") as f:
    w = csv.writer(f, delimiter='\t')
    for r in rows: w.writerow(r)
