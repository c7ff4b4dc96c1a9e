"""Mechanism classes of census.py's rows (first match wins, in CLASSES' order). usage: classes.py census.tsv > tsv"""
import sys, csv, re, collections
def cls(r):
    ph, st, pr, err, u = r['phrase'], r['step'], r['probe'], r['error'], r['unit']
    if re.search(r'\btimes the\b', ph): return 'multiple of an average (refused by design; open gold: no id)'
    if err == 'WRONG': return 'wrong concept: DSG deficit vs budget variance' if {r['gold_id'], r['id']} <= {'high_needs_deficit', 'budget_variance'} else 'wrong concept: other'
    if err == 'GIVEN_NONE':
        if r['how'] == 'part' or re.search(r'(?i)\b(?:due to|for|by|accounted for by)\b.*\b(?:abuse|neglect)\b|\baged\b|\bwith special|youth offend', ph + ' ' + r['gold_or_reader_phrase']):
            return 'given where none: a part or subgroup named'
        if r['how'] == 'inherited': return 'given where none: inherited measure (comparator, growth)'
        if st.startswith('learnt'): return 'given where none: learnt'
        if st.startswith('later') or st.startswith('rules'): return 'given where none: a later step (heading, sentence before)'
        return 'given where none: a concept term of another thing in the phrase or sentence'
    if pr.startswith('unit/per rule') or (u in ('percent', 'rate') and re.search(r'(?i)\b(?:increase|rise|rose|higher|up|growth)\b', ph + ' ' + r['gold_or_reader_phrase'])):
        return 'unit rule: a rate, share or % change of a count indicator (design; open gold: no id)'
    if r['how'] in ('part', 'complement'): return 'a part or complement (no id by design)'
    if st.startswith('veto') or st.startswith('refused'): return 'vetoed or refused after the concept rule'
    if 'needs qualifier' in pr or ('no what' in pr and 'qualifier' in pr): return 'qualifier or what missing from the rings (concept half found)'
    if pr.startswith('no term'):
        return 'no term of the gold id near: learnt abstained' if st.startswith('learnt abst') else 'no term of the gold id near (missing concept term)'
    if st.startswith('learnt abstained'): return 'concepts near, learnt abstained (below 0.85)'
    if st.startswith('learnt best other'): return 'concepts near, learnt best other id'
    return 'concepts near, no candidate / other: ' + st
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
w = csv.writer(sys.stdout, delimiter='\t'); w.writerow(['class', *rows[0].keys()])
agg = collections.defaultdict(lambda: collections.defaultdict(list))
for r in rows:
    c = cls(r); w.writerow([c, *r.values()])
    agg[c][(r['src'][:4], r['half'])].append(r['council'])
print('| class | open A rows (councils) | open B | pools A | pools B |\n|---|---|---|---|---|', file=sys.stderr)
for c, d in sorted(agg.items(), key=lambda x: -sum(len(v) for v in x[1].values())):
    cell = lambda k: f"{len(d[k])} ({len(set(d[k]))})" if d[k] else '0'
    print(f"| {c} | {cell(('open','A'))} | {cell(('open','B'))} | {cell(('pool','A'))} | {cell(('pool','B'))} |", file=sys.stderr)
