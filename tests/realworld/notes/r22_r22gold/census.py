"""r22gold census: duration-like numbers in the gold-annotated pages and whether the gold (and the pipeline) marks
them; high-needs / DSG passages in the theme golds with their theme.

Run from the worktree root: PYTHONPATH=src /work/main/.venv/bin/python tests/realworld/notes/r22_r22gold/census.py
Writes durations.csv and hn_passages.csv next to this file. Never reads the test split (manifest split == dev only).
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path.cwd()
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "scripts"))

WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen twenty thirty forty fifty sixty").split()
NUM = r"(?:\d+(?:\.\d+)?|(?:%s)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)" % "|".join(WORDS)
QUAL = r"(?:(?:financial|academic|working|calendar|school|full|further|consecutive|clear)\s+)?"
UNIT = r"(?:year|month|week|day|hour)s?|y(?=\s*$)"  # ("six y": an excerpt cut short)
PAT = re.compile(r"(?<![\w£$.,/])(?P<n>%s)(?P<sep>\s*-\s*|\s+)%s(?P<u>%s)\b" % (NUM, QUAL, UNIT), re.I)


def shape(text: str, m: re.Match) -> str:
    before = text[max(0, m.start() - 40):m.start()].lower()
    after = text[m.end():m.end() + 30].lower()
    unit = m.group("u").lower()
    n = m.group("n").lower()
    prev = re.findall(r"[a-z]+", before)
    last = prev[-1] if prev else ""
    last2 = " ".join(prev[-2:])
    nxt = re.findall(r"[a-z]+|[^\sa-z]", after)
    first = nxt[0] if nxt else ""
    if re.match(r"\s*end\b", after) and m.group("u").lower() == "year":
        return "not a duration (item number before Year End)"
    if before.endswith("to-"):
        return "name (6-to-8-week check)"
    if last == "to" and len(prev) >= 3:  # "the next three to four months": read from the first number
        last, last2 = prev[-3], " ".join(prev[-4:-2])
    if re.match(r"\s*-?\s*olds?\b|\s+of\s+age\b", after) or last == "aged":
        return "age (N years old / aged N)"
    if first == "ago":
        return "N years ago"
    if last == "within":
        return "within N days"
    if last in ("next", "last", "past", "previous", "coming", "following", "recent", "first", "final", "initial",
                "further", "remaining", "subsequent"):
        return "the next/last/first N years"
    if last2 in ("up to", "at least", "more than", "less than", "longer than", "fewer than", "no more", "in excess",
                 "no longer") or last in ("over", "under", "exceeding", "exceed") and first not in ("period",):
        if last == "over" and not re.search(r"\b(up to|more than|less than)\s*$", before):
            # "over N years" is ambiguous: "over three years" (across) vs "over 12 months" (more than)
            return "over N years"
        return "threshold (up to / more than N)"
    if "-" in m.group("sep"):
        return "adjectival hyphen (three-year X)"
    single = not unit.endswith("s")
    if single and n not in ("one", "1", "a") and first not in ("of", "and", "to", "or", ",", ".", ")", ";", ":"):
        return "adjectival space (three year X)"
    if first == "of":
        return "N years of X"
    if last in ("for", "lasting", "spanning", "across", "throughout", "during"):
        return "for N years"
    if last == "in":
        return "in N years"
    if last in ("after", "than", "from", "by", "about", "around", "approximately", "nearly", "almost", "some"):
        return "after/about N years"
    return "other"


#: hand readings where the shape alone does not say what the stretch of time is (doc_id, matched text) -> reading
READ_BY_HAND = {
    ("somerset_3", "six-month"): "N name or interval of a recurring review/check",
    ("medway_2", "6 month"): "N name or interval of a recurring review/check",
    ("r21b_centralbedfordshire_1", "twelve month"): "T threshold or window in a measure's definition",
    ("heldout_minutes", "two years"): "T threshold or window in a measure's definition",
    ("wokingham_5", "18 months"): "T threshold or window in a measure's definition",
    ("sefton_1", "1 year"): "T threshold or window in a measure's definition",
    ("slough_1", "12 months"): "B window looking back / framing another figure",
    ("southend_1", "6 months"): "B window looking back / framing another figure",
    ("slough_3", "five years"): "B window looking back / framing another figure",
    ("r21b_salford_2", "one year"): "X not a duration",
    ("lambeth_2", "three years"): "S span a sum is spent, saved or invested over",
    ("blackpool_1", "six y"): "S span a sum is spent, saved or invested over",
    ("central-bedfordshire_1", "5 years"): "F2 'the next N' framing another figure",
    ("west-berkshire_2", "four months"): "F2 'the next N' framing another figure",
    ("derbyshire_1", "four weeks"): "F1 'the next N' = length of the task/plan/review itself",
    ("north-tyneside_2", "five months"): "F1 'the next N' = length of the task/plan/review itself",
    ("wokingham_1", "three years"): "F1 'the next N' = length of the task/plan/review itself",
    ("r21b_southwark_1", "6 months"): "F1 'the next N' = length of the task/plan/review itself",
}


def reading(r) -> str:
    """What the stretch of time is (by hand where :data:`READ_BY_HAND` says, else from its shape)."""
    hand = READ_BY_HAND.get((r.doc_id, r.match))
    if hand:
        return hand
    sh = r.shape
    if sh.startswith("age"):
        return "A age"
    if sh.startswith(("name", "not a duration")):
        return "N name or interval of a recurring review/check" if sh.startswith("name") else "X not a duration"
    if sh.startswith("within"):
        return "T threshold or window in a measure's definition"
    if sh.startswith("the next/last"):
        return "B window looking back / framing another figure"
    if sh.startswith("adjectival"):
        return "L1 length of a plan/programme/strategy/course/offer (adjectival)"
    return "L2 how long something lasts, takes or has gone on (for/over N, N to complete, a wait of N)"


def overlap(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


def sources() -> list[dict]:
    """(source, doc_id, council, text, gold spans, manifest row, folder) for every figure-annotated page."""
    out = []
    rw = ROOT / "tests/realworld/raw"
    man = [r for r in csv.DictReader(open(rw / "manifest.csv", encoding="utf-8")) if r["split"] == "dev"]
    gold = pd.read_csv(ROOT / "tests/realworld/figures_gold.csv", dtype=str, keep_default_na=False)
    out.append(("dev", rw, man, gold))
    sd = ROOT / "data/raw"
    out.append(("seeds", sd, list(csv.DictReader(open(sd / "manifest.csv", encoding="utf-8"))),
                pd.read_csv(ROOT / "tests/gold/figures_gold.csv", dtype=str, keep_default_na=False)))
    bl = ROOT / "tests/realworld/pools/r21/r21blind"
    out.append(("r21blind", bl / "raw", list(csv.DictReader(open(bl / "manifest.csv", encoding="utf-8"))),
                pd.read_csv(bl / "figures_gold.csv", dtype=str, keep_default_na=False)))
    fx = ROOT / "tests/fixtures"
    hg = pd.concat([pd.read_csv(fx / f, dtype=str, keep_default_na=False) for f in
                    ("heldout_figures_gold.csv", "heldout2_figures_gold.csv", "heldout3_figures_gold.csv")])
    hm = [{"file": f, "council": "heldout (written)", "source_url": ""} for f in
          ("heldout_minutes.txt", "heldout_minutes_2.txt", "heldout_minutes_3.txt")]
    out.append(("heldout", fx, hm, hg))
    return out


def main() -> None:
    from score_pool import run_stages

    rows = []
    for src, folder, man, gold in sources():
        docs = {r["file"].rsplit(".", 1)[0]: r for r in man}
        gold = gold[gold.doc_id.isin(docs)]
        preds, _ = run_stages([{"file": r["file"], "council": r["council"], "source_url": r.get("source_url", "")}
                               for r in man], folder)
        for doc, r in docs.items():
            text = (folder / r["file"]).read_text(encoding="utf-8")
            g = gold[gold.doc_id == doc]
            gspans = [(int(a), int(b)) for a, b in zip(g.raw_start, g.raw_end)]
            p = preds[preds.doc_id == doc]
            pspans = [(int(a), int(b)) for a, b in zip(p.raw_start, p.raw_end)]
            for m in PAT.finditer(text):
                s, e = m.start("n"), m.end("n")
                if re.fullmatch(r"(19|20)\d\d", m.group("n")):
                    continue  # a year ("2024 year end"), not a count of years
                rows.append(dict(source=src, doc_id=doc, council=r["council"], start=s, end=e, match=m.group(0),
                                 unit=re.sub("s$", "", m.group("u").lower()).replace("y", "year") if m.group("u").lower() == "y" else re.sub("s$", "", m.group("u").lower()), shape=shape(text, m),
                                 gold=int(overlap(gspans, s, m.end())), pred=int(overlap(pspans, s, m.end())),
                                 context=" ".join(text[max(0, s - 50):m.end() + 40].split())))
    df = pd.DataFrame(rows)
    df["reading"] = [reading(r) for r in df.itertuples()]
    df.to_csv(HERE / "durations.csv", index=False)
    print(len(df), "duration-like numbers;", df.gold.sum(), "in gold;", df.pred.sum(), "predicted")
    t = df.groupby("shape").agg(n=("gold", "size"), gold=("gold", "sum"), pred=("pred", "sum"),
                                councils=("council", "nunique"),
                                gold_councils=("council", lambda c: c[df.loc[c.index, "gold"] == 1].nunique()))
    print(t.sort_values("n", ascending=False).to_string())
    print(df.groupby(["source"]).agg(n=("gold", "size"), gold=("gold", "sum"), pred=("pred", "sum")).to_string())
    print(pd.crosstab(df["shape"], [df["gold"], df["pred"]]).to_string())
    t = df.groupby("reading").agg(n=("gold", "size"), gold=("gold", "sum"), pred=("pred", "sum"),
                                  councils=("council", "nunique"))
    print(t.to_string())
    for k, g in df.groupby("reading"):
        print(k, "| gold at:", ", ".join(sorted(g[g.gold == 1].council.unique())),
              "| not gold at:", ", ".join(sorted(g[g.gold == 0].council.unique())))

    # high-needs / DSG passages
    HN = re.compile(r"high[- ]needs?|\bDSG\b|dedicated schools'? grant|\bHNB\b|\bHN block", re.I)
    passages = []
    for src, path in (("pools-r11", "tests/realworld/pools/r12themes/themes_judged.csv"),
                      ("pools-r12", "tests/realworld/pools/r12themesB/themes_judged.csv"),
                      ("pools-r13", "tests/realworld/pools/r13/r13themesJ/themes_judged.csv"),
                      ("r21blind", "tests/realworld/pools/r21/r21blind/themes_gold.csv")):
        t = pd.read_csv(ROOT / path, dtype=str, keep_default_na=False)
        passages += [dict(source=src, doc_id=r.doc_id, where=f"{r.raw_start}-{r.raw_end}", theme=r.theme, text=r.text)
                     for r in t.itertuples()]
    dev = {r["file"].rsplit(".", 1)[0] for r in man_dev()}
    t = pd.read_csv(ROOT / "tests/realworld/themes_gold.csv", dtype=str, keep_default_na=False)
    t = t[t.doc_id.isin(dev)]
    passages += [dict(source="dev", doc_id=r.doc_id, where=f"{r.raw_start}-{r.raw_end}", theme=r.theme, text=r.text)
                 for r in t.itertuples()]
    import build_theme_training as btt
    seeds = btt.build(with_pools=False)
    for r in seeds[seeds.source.isin(["seeds", "heldout"])].itertuples():
        passages.append(dict(source=r.source, doc_id=r.doc_id, where="", theme=r.theme, text=r.text))
    hn = pd.DataFrame([p for p in passages if HN.search(p["text"])])
    hn["kind"] = [passage_kind(t) for t in hn.text]
    hn["subject"] = [passage_subject(t) for t in hn.text]
    hn["council"] = [council_of(d, src) for d, src in zip(hn.doc_id, hn.source)]
    hn["reading"] = [PASSAGE_BY_HAND.get((d, w), "HN" if s.startswith("1") else "WHOLE")
                     for d, w, s in zip(hn["doc_id"], hn["where"], hn["subject"])]
    hn.loc[hn.source.isin(["seeds", "heldout"]) & (hn.reading == "HN"), "reading"] = "HN"
    hn["hn_words"] = hn.text.str.count(HN)
    hn["len"] = hn.text.str.len()
    hn.to_csv(HERE / "hn_passages.csv", index=False)
    print(len(hn), "high-needs/DSG passages")
    print(pd.crosstab(hn.source, hn.theme).to_string())
    print(pd.crosstab([hn.kind, hn.source], hn.theme).to_string())
    print(pd.crosstab(hn.kind, hn.theme).to_string())
    print(pd.crosstab(hn.subject, hn.theme).to_string())
    print("after reading (PASSAGE_BY_HAND):")
    print(pd.crosstab(hn.reading, hn.theme).to_string())
    for (k, th), g in hn.groupby(["reading", "theme"]):
        print(k, th, len(g), "passages,", g.council.nunique(), "councils:", ", ".join(sorted(g.council.unique())))
    for (k, th), g in hn.groupby(["subject", "theme"]):
        print(k, th, len(g), "passages,", g.council.nunique(), "councils:", ", ".join(sorted(g.council.unique())))
    for (k, th), g in hn.groupby(["kind", "theme"]):
        print(k, th, len(g), "passages,", g.council.nunique(), "councils:", ", ".join(sorted(g.council.unique())))


MONEY = re.compile(r"£|\b(?:deficits?|overspen\w*|underspen\w*|budgets?|savings?|transfer\w*|funding|funded|spend\w*|"
                   r"expenditure|outturn|out-turn|carry forward|carried forward|reserve|surplus|safety valve|shortfall|"
                   r"recovery plan|management plan|virement|top[- ]?slice|variance|allocation|costs?|pressures?|grant)\b", re.I)
HN_ONLY = re.compile(r"high[- ]needs?|\bHNB\b|\bHN block", re.I)
OTHER_BLOCK = re.compile(r"early years|schools'? block|growth fund|top[- ]?slic|CSSB|central school services|"
                         r"admission appeal|school balances|formula", re.I)


def passage_kind(text: str) -> str:
    """A coarse reading of a high-needs / DSG passage: what money it is about (or none)."""
    text = str(text)
    money = MONEY.search(text) is not None
    hn = HN_ONLY.search(text) is not None
    other = OTHER_BLOCK.search(text) is not None
    if not money:
        return "C no money words (heading, group, provision)"
    if hn and not other:
        return "A high-needs money"
    if hn and other:
        return "B high-needs and other blocks' money"
    return "D DSG money, high needs not named" + (" (other blocks named)" if other else "")


HN_DEFICIT = re.compile(r"deficit|overspen|recovery plan|management plan|safety valve|special educational|\\bSEND?\\b|"
                        r"EHCP|special school", re.I)


#: the passages the word test of :func:`passage_subject` reads wrongly, read by hand: (doc_id, where) -> reading
#: HN = the high-needs block's own money (or the DSG deficit / plan it drives), WHOLE = the DSG as a whole, another
#: block or a directorate's overall budget, TRANSFER = a transfer from the schools block into the high-needs block,
#: PROC = procedure
PASSAGE_BY_HAND = {
    ("r11freshB__west-berkshire_2", "1317-1774"): "WHOLE", ("r12freshA__wiltshire_1", "235-486"): "WHOLE",
    ("leeds_2", "157-351"): "WHOLE", ("leeds_2", "1405-1637"): "WHOLE", ("somerset_1", "178-494"): "WHOLE",
    ("somerset_1", "551-929"): "WHOLE", ("wokingham_4", "1144-1744"): "WHOLE",
    ("r11freshB__essex_2", "52-138"): "HN", ("r11freshB__slough_3", "1292-1622"): "HN",
    ("r11freshB__west-berkshire_1", "442-867"): "HN", ("r11freshC__slough_3", "111-168"): "HN",
    ("r12freshB__slough_1", "199-1154"): "HN", ("rutland_2", "320-705"): "HN", ("southend_1", "639-874"): "HN",
    ("tameside_1", "478-1074"): "HN",
    ("r12freshA__slough_2", "157-728"): "TRANSFER", ("r12freshA__wiltshire_1", "1683-1984"): "TRANSFER",
    ("r12freshB__wokingham_1", "245-759"): "TRANSFER", ("r12freshA__slough_2", "36-145"): "TRANSFER",
    ("r12freshA__slough_2", "733-1259"): "TRANSFER", ("rutland_1", "548-909"): "TRANSFER",
    ("r11freshP__central-bedfordshire_2", "1597-1756"): "PROC", ("kensington-and-chelsea_2", "1450-1567"): "PROC",
}


def passage_subject(text: str) -> str:
    """Two readings of a high-needs / DSG passage: 'high-needs block' (it names high needs, or the DSG with a deficit,
    recovery / management plan, safety valve or SEND, and no other block) or 'DSG as a whole / other blocks'."""
    text = str(text)
    if OTHER_BLOCK.search(text):
        return "2 DSG as a whole or other blocks named (schools block, early years, growth fund, top slice ...)"
    if HN_ONLY.search(text) or HN_DEFICIT.search(text):
        return "1 high-needs block, or the DSG deficit / recovery plan / safety valve"
    return "2 DSG as a whole or other blocks named (schools block, early years, growth fund, top slice ...)"


def council_of(doc: str, source: str) -> str:
    d = doc.split("__")[-1]
    d = re.sub(r"^r2\db_", "", d)
    return re.sub(r"_\d+$", "", d) if source not in ("seeds", "heldout") else source + ":" + d


def man_dev() -> list[dict]:
    rw = ROOT / "tests/realworld/raw"
    return [r for r in csv.DictReader(open(rw / "manifest.csv", encoding="utf-8")) if r["split"] == "dev"]


if __name__ == "__main__":
    main()
