"""(r19phrase2) Split r19phrase's families H, B and E (families.py, first match wins) into shapes: the syntactic
position of the figure and its measure, read by regex from the words either side of the figure. First shape wins.
Usage: python shapes.py ROWS.csv FIGDIR [SHAPE N]   (ROWS from r19phrase/score_all.py --rows; never pools/r19)."""
import csv, io, re, sys, collections, contextlib, runpy
from pathlib import Path
HERE = Path(__file__).resolve().parent
buf = io.StringIO()
argv = sys.argv[:]
sys.argv = [str(HERE.parent / "r19phrase/families.py"), argv[1], argv[2]]
with contextlib.redirect_stdout(buf):
    g = runpy.run_path(sys.argv[0])
sys.argv = argv
rows = [r for r in g["rows"] if r.get("family") in ("H", "B", "E")]
W = r"[A-Za-z][\w'’\-]*"
BE = r"(?:were|are|was|is|had\s+been|have\s+been|has\s+been|will\s+be|would\s+be|being)"
SHAPES = [
 ("H1 'N <noun> were/are <participle or predicate>'", "H", lambda r, L, R, p: re.match(rf"\s*(?:{W}\s+){{1,5}}?{BE}\b", R)),
 ("H2 'N of <noun>'", "H", lambda r, L, R, p: re.match(r"\s*(?:per\s*cent\s+|%\s*|pc\s+)?of\s", R)),
 ("H3 'N <participle>' ('21 referred back', '647 had taken up')", "H", lambda r, L, R, p: re.match(rf"\s*(?:{W}\s+){{0,3}}?(?:had|have|has)?\s*\w+ed\b", R)),
 ("H4 'N times more likely'/'N <noun> <verb>' (a clause after)", "H", lambda r, L, R, p: re.match(rf"\s*(?:{W}\s+){{1,4}}?(?:more|less|times|accounts?|cares?|looks?|takes?)\b", R)),
 ("H5 'N <noun> in/at/for <place/time>'", "H", lambda r, L, R, p: re.match(rf"\s*(?:{W}\s+){{1,4}}?(?:in|at|across|for|from|on|by)\s", R)),
 ("H0 other", "H", lambda r, L, R, p: True),
 ("B2 'and N <noun>' / ', N' after a first figure in the sentence", "B", lambda r, L, R, p: p is not None and re.search(r"(?:\band|\bor|,|;|\bwith|\bwhile|\bto|\bfrom)\s*(?:\w+\s+){0,3}[£]?$", L)),
 ("B1 bullet or item after a colon lead-in", "B", lambda r, L, R, p: ":" in L and not re.search(r"\d", L[L.rfind(":"):])),
 ("B3 same phrase as the figure before, other position", "B", lambda r, L, R, p: p is not None),
 ("B0 other", "B", lambda r, L, R, p: True),
 ("E1 phrase is/ends on the verb before the number ('rose to', 'ranges')", "E", lambda r, L, R, p: r['indicator'] and re.search(rf"\b(?:\w+ed|\w+s|is|are|was|were|be|been|had|has|have|range|rose|fell|grew|spent|spend|cost|saw|set|made|took)\s*$", r['indicator'].split(': ')[-1]) and re.search(re.escape(r['indicator'].split(': ')[-1][-12:]) + r"\s*(?:\w+\s+){0,3}[£]?$", L)),
 ("E2 adverb in the phrase ('currently', 'only')", "E", lambda r, L, R, p: any(w.endswith('ly') and w not in ('only','family','early','supply','monthly','weekly','yearly') for w in re.findall(r"[a-z]+", r['indicator'].lower()))),
 ("E3 phrase is a clause (subject + finite verb)", "E", lambda r, L, R, p: re.search(r"\b(?:is|are|was|were|has|have|had|will|would|could|should|it's|we've|we're|they're)\b", r['indicator'], re.I)),
 ("E4 phrase begins/ends on a participle or -ing", "E", lambda r, L, R, p: True),
]
out = collections.OrderedDict((n, []) for n, _, _ in SHAPES)
for r in rows:
    fs = sorted(g["figs"][(r['pool'], r['doc_id'])], key=lambda x: int(x['raw_start']))
    prev = None
    for x in fs:
        if int(x['raw_start']) < int(r['raw_start']) and x['sentence'] == r['sentence']: prev = x
    s = r['sentence']; i = s.find(r['surface']); L = s[:i] if i >= 0 else ''; R = s[i + len(r['surface']):] if i >= 0 else ''
    for n, fam, f in SHAPES:
        if fam == r['family'] and f(r, L, R, prev): out[n].append(r); r['shape'] = n.split()[0]; break
print("| shape (first match wins within its family) | wrong phrases | councils | pools | r18freshA |\n|---|---|---|---|---|")
for n, rs in out.items():
    print(f"| {n} | {len(rs)} | {len({r['council'] for r in rs})} | {len({r['pool'] for r in rs})} | {sum(r['pool'] == 'r18freshA' for r in rs)} |")
if len(sys.argv) > 4:
    for r in [r for r in rows if r.get('shape') == sys.argv[3]][:int(sys.argv[4])]:
        s = r['sentence']; i = s.find(r['surface'])
        print(f"[{r['pool']}|{r['council'][:12]}|{r['doc_id']}|{r['raw_start']}] {r['surface']!r} IND={r['indicator']!r} READ={r['reader']!r}\n    ..{s[max(0,i-110):i+80]}..")
