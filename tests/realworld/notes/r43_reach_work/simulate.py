"""Simulation of rule K (round 43, r43reach), declared from half A: a phrase that stops at a noun right before a
post-modifier keeps it. After BASE's phrase P (found in the figure's own sentence), when the next words are
  "with/without/in need of/missing" + words, "who/that/whose" + words, or a past participle (judged, rated, placed, ...)
  + words,
running to a comma, semicolon, colon, bracket, dash, the sentence's end or the figure itself, at most 8 words after
P, with no second finite verb after a participle/preposition opener and no figure inside: P + that post-modifier.
usage: simulate.py CENSUS_TSV (census.py's output, with own sentences) OUT_TSV [K2]"""
import re, sys
import pandas as pd
from analysis.evaluation import key_words

_PARTICIPLES = ("judged rated placed issued completed finalised received classed assessed excluded registered "
                "living attending waiting subject eligible looked cared known missing referred allocated")
PART = set(_PARTICIPLES.split())
K2 = sys.argv[3:4] == ['K2']  # K2 (exploratory, written after K was counted): no generic "-ed" opener, the list only
OPEN_RE = re.compile(r"^\s*(?:(with|without|missing|who|that|whose)|(" + ("" if K2 else r"\w+ed|")
                     + "|".join(sorted(PART)) + r"))\b", re.I)
FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|did|does|do)\b", re.I)
STOP = re.compile(r"[,;:()\[\]–—]|\s-\s|\.\s|\.$")
NUM = re.compile(r"\d|£")
ENDS_NOUNISH = re.compile(r"[A-Za-z)]$")
NOT_NOUN_END = set("of in on at to for from by with and or the a an its their our his her this that these those was were is are had has have been be".split())


def post_modifier(own: str, phrase: str) -> str:
    if not phrase.strip() or ': ' in phrase:
        return ''
    last = phrase.split()[-1].lower()
    if last in NOT_NOUN_END or last.endswith('ing') or not ENDS_NOUNISH.search(phrase):
        return ''
    o = own.replace('’', "'"); i = o.lower().rfind(phrase.replace('’', "'").lower())
    if i < 0:
        return ''
    rest = o[i + len(phrase):]
    m = OPEN_RE.match(rest)
    if not m:
        return ''
    stop = STOP.search(rest)
    seg = rest[:stop.start()] if stop else rest
    num = NUM.search(seg)
    if num:  # end at the figure (or any number): the modifier runs up to it only
        seg = seg[:num.start()]
    words = seg.split()
    if not words or len(words) > 8 or len(words) < 2:
        return ''
    opener = m.group(1).lower() if m.group(1) else ''
    body = ' '.join(words[1:])
    if opener in ('with', 'without', 'missing') or not opener:
        if FINITE.search(body):
            return ''
    if words[-1].lower() in NOT_NOUN_END:
        return ''
    return ' '.join(words)


d = pd.read_csv(sys.argv[1], sep='\t', keep_default_na=False, dtype=str)
rows = []
for _, r in d.iterrows():
    pm = post_modifier(r.own, r.base)
    if not pm:
        continue
    new = r.base + ' ' + pm
    T, B, N = key_words(r.truth), key_words(r.base), key_words(new)
    rows.append(dict(src=r.src, half=r.half, council=r.council, doc_id=r.doc_id, raw_start=r.raw_start, surface=r.surface,
                     base_ok=r.ok, base=r.base, new=new, truth=r.truth,
                     gained_truth_words=' '.join(sorted((N - B) & T)), added_non_truth=' '.join(sorted(N - B - T))))
x = pd.DataFrame(rows)
x.to_csv(sys.argv[2], sep='\t', index=False)
print(x.groupby(['src', 'half', 'base_ok']).council.agg(['size', 'nunique']))
