import csv, re, sys, collections, os
RUN = sys.argv[1]
SETS = [l.strip() for l in open('/work/staging/r37/sets.txt') if l.strip()]
NUM = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty)"
T = r"(?:working\s+|school\s+|calendar\s+)?(?:days?|weeks?|months?|years?|hours?)"
P = r"\s?(?:%|per\s?cent)"
SH = {
 'more-than PCT': rf"(?i)\b(?:more|greater|higher)\s+than\s+(?:a\s+)?({NUM}){P}",
 'over/in-excess PCT': rf"(?i)\b(?:over|in\s+excess\s+of|exceed(?:s|ed|ing)?|above)\s+({NUM}){P}",
 'up-to PCT': rf"(?i)\bup\s+to\s+(?:a\s+maximum\s+of\s+)?({NUM}){P}",
 'at-least/min PCT': rf"(?i)\b(?:at\s+least|minimum\s+of|no\s+less\s+than)\s+({NUM}){P}",
 'less/under/below PCT': rf"(?i)\b(?:less\s+than|fewer\s+than|under|below)\s+({NUM}){P}",
 'PCT rule/threshold': rf"(?i)\b({NUM}){P}\s+(?:[\w-]+\s+){{0,2}}(?:rule|threshold|limit|tolerance|ceiling)s?\b",
 'before/after TIME': rf"(?i)\b(?:before|after)\s+(?:the\s+)?({NUM})[\s-]{T}\b",
 'within TIME': rf"(?i)\bwithin\s+(?:the\s+)?({NUM})[\s-]{T}\b",
 'up-to TIME': rf"(?i)\bup\s+to\s+({NUM})[\s-]{T}\b",
 'more-than/over TIME': rf"(?i)\b(?:more\s+than|longer\s+than|over|at\s+least|in\s+excess\s+of|exceed\w*|beyond)\s+({NUM})[\s-]{T}\b",
 'less-than/under TIME': rf"(?i)\b(?:less\s+than|under|fewer\s+than|shorter\s+than)\s+({NUM})[\s-]{T}\b",
 'the N-TIME limitnoun': rf"(?i)\bthe\s+(?:statutory\s+|legal\s+|national\s+)?({NUM})[\s-]{T}\s+(?:statutory\s+|legal\s+)?(?:wait(?:ing)?|timescales?|time\s*limits?|timeframes?|deadlines?|limits?|targets?|window|rule|threshold)\b",
 'N-M TIME after/of': rf"(?i)\b({NUM})\s?(?:-|–|to)\s?{NUM}[\s-]{T}\s+(?:after|of\s+age|old|from)\b",
 'have N TIME from/to': rf"(?i)\b(?:have|has|given|allowed|allow)\s+({NUM})[\s-]{T}\s+(?:from|to|in\s+which)\b",
 'TIME timescale': rf"(?i)\b({NUM})[\s-]{T}\s+(?:statutory\s+)?(?:timescales?|time\s*limits?|deadlines?|timeframes?)\b",
}
out = collections.defaultdict(list)
for S in SETS:
    name = os.path.basename(S); base = '/work/main/' + S
    man = {r['file'][:-4]: r['council'] for r in csv.DictReader(open(base + '/manifest.csv'))}
    gold = collections.defaultdict(list)
    for r in csv.DictReader(open(base + '/figures_gold.csv')):
        gold[r['doc_id']].append((int(r['raw_start']), int(r['raw_end'])))
    pred = collections.defaultdict(list)
    for r in csv.DictReader(open(f"{RUN}/{name}/work/first_run/figures.csv")):
        pred[r['doc_id']].append((int(r['raw_start']), int(r['raw_end'])))
    for doc, council in man.items():
        text = open(f"{base}/raw/{doc}.txt").read()
        for k, pat in SH.items():
            for m in re.finditer(pat, text):
                s, e = m.span(1)
                g = any(a < e + 12 and s < b for a, b in gold[doc])
                p = any(a < e + 12 and s < b for a, b in pred[doc])
                ctx = text[max(0, m.start()-50):m.start()].replace('\n', ' ') + '[[' + m.group(0) + ']]' + text[m.end():m.end()+40].replace('\n', ' ')
                out[k].append((g, p, council, name, ctx))
for k, rows in out.items():
    gm = [r for r in rows if r[0]]; gn = [r for r in rows if not r[0]]
    print(f"## {k}: gold marked {len(gm)} ({len(set(r[2] for r in gm))} councils), unmarked {len(gn)} ({len(set(r[2] for r in gn))} councils); unmarked predicted {sum(r[1] for r in gn)}; marked missed {sum(not r[1] for r in gm)}")
    for r in rows:
        print(f"   {'G' if r[0] else '-'}{'P' if r[1] else '-'} {r[2][:22]:22} {r[3]:12} {r[4][:170]}")
