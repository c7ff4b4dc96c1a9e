"""(r28review) BASE's ``_indicator_phrase`` against the checkout's, beyond the pools r28phrase checked.

usage (from a checkout, its code on PYTHONPATH):
    python scripts/r28review/diff_inputs.py [--base eb211ae] [--out DIR] [--mutate N] [--variants N] [--seed S]

BASE's ``phrase_cascade.py`` (``git show BASE:...``) is loaded as a second module of :mod:`analysis.figures`;
``phrase._indicator_phrase`` is wrapped so that every call the clean + figures stages make is answered by both and the
answers compared (the checkout's answer is the one the stage goes on with). Inputs, in order:

1. the dev split of ``tests/realworld/raw`` (rows of its manifest whose ``split`` is ``dev``: the test split is never
   read), the seed minutes ``data/raw``, the heldout fixtures ``tests/fixtures/heldout_minutes*.txt``, the 19 open
   blind sets and the 35 judged pools with a manifest (``tests/realworld/pools/*/*/raw/manifest.csv``);
2. (``--mutate N``) every call recorded in 1., made again on both with its arguments changed: every unit (the units
   of the cascade's marks and others), the measure before (``prev``) and the money measure before (``prev_money``)
   given, emptied or swapped, the topic emptied or given, the hit's group (``word``, ``ratio``, ``fraction``, ...),
   ``sent_end`` -1, the words before the figure (``left``) cut or one dropped, the clause after it
   (``right_clause``) cut; N random combinations a call besides the unit sweep;
3. (``--variants N``) N generated documents: sentences with a number taken from the inputs of 1. (never the test
   split), with the number rewritten in another unit (%, per cent, £m, £k, €, $, a count, a rate per 10,000, a word
   number, years), words around it dropped, swapped or repeated, and its digits changed; run through the stages as
   in 1. (and their calls mutated as in 2.).

4. (``--examples``) the quoted examples with a number in the comments and docstrings of ``phrase*.py`` (the
   sentences each rule was written for), each number of each rewritten in every form of 3., after each of a few
   sentences that name a measure before (a count, a share, money, none), run through the stages as in 1.

5. (``--salad N``) N direct calls on word salad: 4-30 words drawn from the words the cascade's patterns test
   ("of", "which", "by", "to", "(", "budget", "increase", "were", "aged", "|", ...) and a few nouns, around one
   number in one of the forms of 3., with random units, groups, ``prev``, ``prev_money``, topic and clause start.

``--self-check`` first marks two steps for wrong units, so that the harness must find differences.

Prints the counts and every difference (the first 50 in full, all to ``DIR/diffs.jsonl``); exits 1 on any.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import subprocess
import sys
import tempfile
import types
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from analysis.figures import phrase  # noqa: E402
from analysis.figures.grammar import Hit  # noqa: E402
from analysis.figures import phrase_cascade as new_mod  # noqa: E402

UNITS = ("percent", "count", "gbp", "eur", "usd", "rate", "years", "months", "weeks", "days", "hours", "ratio", "",
         "per", "score", "minutes")
GROUPS = ("num", "money", "word", "ratio", "fraction", "percent", "range")
PREVS = ("", "number of children in care", "overspend on placements", "cut in the money", "rate: repeat plans",
         "rate of referrals (of children in need)", "aged 0-4 (of children who entered care)")
TOPICS = ("", "Children looked after", "Budget")


def load_old(base: str) -> types.ModuleType:
    src = subprocess.run(["git", "-C", str(ROOT), "show", f"{base}:src/analysis/figures/phrase_cascade.py"],
                         check=True, capture_output=True, text=True).stdout
    old = types.ModuleType("analysis.figures._r28review_base_cascade")
    old.__package__ = "analysis.figures"
    exec(compile(src, f"{base}:phrase_cascade.py", "exec"), old.__dict__)
    return old


def call(fn, args, kwargs):
    try:
        return ("ok", fn(*args, **kwargs))
    except Exception as e:  # the same exception is the same answer
        return ("raise", f"{type(e).__name__}: {e}")


class Checker:
    def __init__(self, old, new, out: Path) -> None:
        self.old, self.new = old, new
        self.calls = 0
        self.diffs: list[dict] = []
        self.recorded: list[tuple[tuple, dict]] = []
        self.record = True
        self.out = out
        self.seen: set = set()

    def compare(self, args, kwargs, where: str) -> tuple:
        got = call(self.new, args, kwargs)
        want = call(self.old, args, kwargs)
        self.calls += 1
        if got != want:
            text, h = args[0], args[1]
            key = (where.split(":")[0], got, want, text[max(0, h.start - 100):h.end + 60])
            if key not in self.seen:
                self.seen.add(key)
                d = dict(where=where, context=text[max(0, h.start - 160):h.end + 100], start=h.start, end=h.end,
                         args=[a if not isinstance(a, str) or i != 0 else f"<text {len(a)}>" for i, a in
                               enumerate(args)][2:], kwargs=kwargs, hit=[h.start, h.end, h.kind, h.group, list(h.values)],
                         old=want, new=got)
                self.diffs.append(d)
                if len(self.diffs) <= 50:
                    print("DIFF", where, repr(d["context"][-200:]), "unit", args[2], "BASE", want, "->", got,
                          file=sys.stderr)
        return got

    def wrapper(self, where: list[str]):
        def both(*args, **kwargs):
            if self.record:
                self.recorded.append((args, kwargs))
            got = self.compare(args, kwargs, where[0])
            if got[0] == "raise":
                return self.new(*args, **kwargs)  # re-raise as the stage would
            return got[1]
        return both


def dev_rows() -> list[dict[str, str]]:
    with open(ROOT / "tests/realworld/raw/manifest.csv", encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r["split"] == "dev"]  # never the test split


def manifest_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def input_sets() -> list[tuple[str, list[dict[str, str]], Path]]:
    sets = [("dev", dev_rows(), ROOT / "tests/realworld/raw"),
            ("seed", manifest_rows(ROOT / "data/raw/manifest.csv"), ROOT / "data/raw")]
    held = [{"file": p.name, "council": f"Heldout Council {i}", "source_url": ""}
            for i, p in enumerate(sorted((ROOT / "tests/fixtures").glob("heldout_minutes*.txt")))]
    sets.append(("heldout", held, ROOT / "tests/fixtures"))
    blind = ("r21/r21blind r21/r21blind2 r22/r22blindA r22/r22blindB r22/r22blindC r23/r23blindD r23/r23blindE "
             "r23/r23blindF r23/r23blindG r24/r24blindH r24/r24blindI r24/r24blindJ r25/r25blindK r25/r25blindL "
             "r26/r26blindM r26/r26blindN r26/r26blindO r27/r27blindP r27/r27blindQ").split()
    for b in blind:
        d = ROOT / "tests/realworld/pools" / b
        sets.append((b.split("/")[1], manifest_rows(d / "manifest.csv"), d / "raw"))
    for m in sorted((ROOT / "tests/realworld/pools").glob("*/*/raw/manifest.csv")):
        sets.append((m.parent.parent.name, manifest_rows(m), m.parent))
    return sets


_NUM = re.compile(r"(?<![\w.,£€$])(?:[£€$]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|per\s?cent|percent|m\b|k\b|bn\b|million\b|"
                  r"billion\b))?")
_WORD_NUMS = ("two", "three", "four", "five", "six", "twelve", "twenty", "forty", "a hundred", "one in five",
              "a third", "two-thirds", "half")


def forms(rng: random.Random) -> list[str]:
    n = rng.choice([3, 7, 12, 17, 24, 36.5, 48, 85, 120, 302, 412, 1456, 2903, 44391, 0.5, 4.1, 12.6, 19.9])
    ns = f"{n:,}" if isinstance(n, int) else str(n)
    return [f"{ns}%", f"{ns} per cent", f"{ns} percent", f"£{ns}m", f"£{ns}k", f"£{ns} million", f"£{ns},000",
            f"€{ns}m", f"${ns}", ns, f"{ns} per 10,000", rng.choice(_WORD_NUMS), f"{ns} years", f"{ns}-year",
            f"{ns} weeks", f"{ns} days", f"{ns} times", f"{ns}:1", f"{ns} in 10", f"({ns})", f"{ns}% ({ns})",
            f"{ns} ({ns}%)"]


def sentences(texts: list[str]) -> list[str]:
    out = []
    for t in texts:
        for s in re.split(r"(?<=[.!?])\s+|\n+", t):
            s = s.strip()
            if 20 <= len(s) <= 400 and _NUM.search(s):
                out.append(s)
    return out


def examples() -> list[str]:
    """The quoted examples with a number in the comments and docstrings of ``phrase*.py``."""
    found = set()
    for p in sorted((ROOT / "src/analysis/figures").glob("phrase*.py")):
        for m in re.finditer(r'"([^"\n]{12,300})"', p.read_text(encoding="utf-8")):
            t = m.group(1).strip(" .,")
            if _NUM.search(t) and " " in t and not re.search(r"[{}\[\]=\\]|\(\?|\.group|\bdef\b", t):
                found.add(t[:1].upper() + t[1:] + ".")
    return sorted(found)


_PREV_SENTENCES = ("", "The number of children in care was 412 at the end of March.",
                   "The proportion of children with a repeat referral was 21%.",
                   "The forecast overspend on placements is £3.1m.")


def example_forms(s: str, rng: random.Random) -> list[str]:
    out = []
    for m in _NUM.finditer(s):
        for form in forms(rng):
            out.append(s[:m.start()] + form + s[m.end():])
    return out


def variant(s: str, rng: random.Random) -> str:
    ms = list(_NUM.finditer(s))
    m = rng.choice(ms)
    s = s[:m.start()] + rng.choice(forms(rng)) + s[m.end():]
    words = s.split(" ")
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        op = rng.choice(["drop", "swap", "dup", "digits"])
        if len(words) < 3:
            break
        i = rng.randrange(len(words) - 1)
        if op == "drop" and not any(c.isdigit() for c in words[i]):
            del words[i]
        elif op == "swap":
            words[i], words[i + 1] = words[i + 1], words[i]
        elif op == "dup":
            words.insert(i, words[i])
        elif op == "digits":
            words = [re.sub(r"\d", lambda _: str(rng.randrange(10)), w) if rng.random() < 0.3 else w for w in words]
    return " ".join(words)


_SALAD = ("of which whom these those the a an this that by to from in on for at with being was were is are has had "
          "have been will would could increase rise fall reduction decrease cut up down over under more than budget "
          "budgeted overspend deficit pressure savings spent spend on paid receive income generated totalling "
          "including included out national average previous year's equates equivalent rate per 10,000 of all aged "
          "0-4 under 10 and or , , ; : ( ) ( | - – it they which who times mark milestone still had a list cohort "
          "representing accounting made up accounted i.e. e.g. children pupils families referrals plans cases "
          "placements staff schools council service young people looked after care EHCPs social workers carers "
          "number proportion figure total position forecast additional extra further other remaining rest "
          "Councillor asked how many").split(" ")


def salad(rng: random.Random) -> tuple:
    """A call on word salad around one number (the text, the hit and the clause as the stage would give them)."""
    before = " ".join(rng.choice(_SALAD) for _ in range(rng.randrange(0, 18)))
    after = " ".join(rng.choice(_SALAD) for _ in range(rng.randrange(0, 14)))
    form = rng.choice(forms(rng))
    pre = rng.choice(("", "The number of children in care was 412. ", "Councillor Smith asked how many children "
                      "were looked after. "))
    text = f"{pre}{before} {form} {after}.".replace("  ", " ")
    start = text.index(form, len(pre))
    h = Hit(start, start + len(form), "figure", rng.choice(GROUPS), (1.0,))
    sent_start = len(pre)
    clause_start = rng.choice((sent_start, sent_start, max(sent_start, start - rng.randrange(0, 40))))
    left = text[clause_start:start]
    right_clause = text[h.end:]
    return (text, h, rng.choice(UNITS + ("percent", "count", "gbp") * 3), left, right_clause, sent_start,
            clause_start, rng.choice(PREVS), rng.choice(TOPICS), rng.choice((len(text), -1)),
            rng.choice(("", "", "forecast overspend"))), {}


def mutations(args: tuple, kwargs: dict, rng: random.Random, n: int):
    """(label, args, kwargs) of a call changed."""
    text, h, unit, left, right_clause, sent_start, clause_start, prev, topic = args[:9]
    rest = list(args[9:])
    sent_end = rest[0] if rest else kwargs.get("sent_end", -1)
    prev_money = rest[1] if len(rest) > 1 else kwargs.get("prev_money", "")

    def build(u=unit, hh=h, pv=prev, tp=topic, se=sent_end, pm=prev_money, lf=left, rc=right_clause):
        return (text, hh, u, lf, rc, sent_start, clause_start, pv, tp, se, pm), {}

    def cut_left() -> str:
        ws = left.split(" ")
        if len(ws) > 2 and rng.random() < 0.5:
            del ws[rng.randrange(len(ws) - 1)]  # a word dropped (not the last: the text before the figure)
            return " ".join(ws)
        return " ".join(ws[-rng.randrange(1, 8):]) if ws else left  # the last words only

    for u in UNITS:
        if u != unit:
            yield f"unit={u}", *build(u=u)
    for _ in range(n):
        u = rng.choice(UNITS + (unit,) * 4)
        hh = replace(h, group=rng.choice(GROUPS)) if rng.random() < 0.3 else h
        pv = rng.choice(PREVS + (prev,) * 3)
        pm = rng.choice(("", prev_money, "forecast overspend", prev))
        tp = rng.choice(TOPICS + (topic,))
        se = -1 if rng.random() < 0.2 else sent_end
        lf = cut_left() if rng.random() < 0.3 else left
        rc = right_clause[:rng.randrange(len(right_clause) + 1)] if rng.random() < 0.2 else right_clause
        yield (f"mix u={u} g={hh.group} prev={pv!r} pm={pm!r} topic={tp!r} se={se} left={lf[-60:]!r} "
               f"right_clause={rc[:60]!r}", *build(u, hh, pv, tp, se, pm, lf, rc))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="eb211ae")
    ap.add_argument("--out", default="/tmp/r28review_diff")
    ap.add_argument("--mutate", type=int, default=0)
    ap.add_argument("--variants", type=int, default=0)
    ap.add_argument("--seed", type=int, default=28)
    ap.add_argument("--only", default="", help="comma-separated input set names (default: all)")
    ap.add_argument("--no-pools", action="store_true", help="leave out the 35 judged pools (r28phrase's evidence)")
    ap.add_argument("--examples", action="store_true")
    ap.add_argument("--salad", type=int, default=0)
    ap.add_argument("--self-check", action="store_true",
                    help="mark two steps for wrong units first (the harness must then find differences)")
    a = ap.parse_args()
    if a.self_check:
        new_mod._own_subject.units = frozenset({"percent"})  # type: ignore[attr-defined]
        new_mod._comparator_value.units = frozenset({"gbp"})  # type: ignore[attr-defined]
        new_mod._CASCADE_OF.clear()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    old = load_old(a.base)
    chk = Checker(old._indicator_phrase, new_mod._indicator_phrase, out)
    where = ["?"]
    phrase._indicator_phrase = chk.wrapper(where)
    import score_pool  # noqa: E402

    sets = input_sets()
    if a.only:
        keep = set(a.only.split(","))
        sets = [s for s in sets if s[0] in keep]
    if a.no_pools:
        sets = [s for s in sets if s[0] in ("dev", "seed", "heldout") or "blind" in s[0]]
    counts: dict[str, int] = {}
    texts: list[str] = []
    for name, rows, srcdir in sets:
        where[0] = name
        before = chk.calls
        run = score_pool.run_clean_figures(rows, srcdir)
        texts.extend(run.texts.values())
        counts[name] = chk.calls - before
        print(f"{name}: {len(rows)} pages, {counts[name]} calls, {len(chk.diffs)} differences so far", flush=True)
    stage_calls = chk.calls
    rng = random.Random(a.seed)
    batches = []
    if a.variants:
        sents = sentences(texts)
        print(f"{len(sents)} sentences with a number", flush=True)
        batches.append(("variants", [variant(rng.choice(sents), rng) for _ in range(a.variants)]))
    if a.examples:
        ex = examples()
        made = [f"{rng.choice(_PREV_SENTENCES)} {v}".strip() for e in ex for v in example_forms(e, rng)]
        print(f"{len(ex)} examples, {len(made)} sentences", flush=True)
        batches.append(("examples", made))
    for label, paras in batches:
        chk_rows = []
        with tempfile.TemporaryDirectory() as tmp:
            per_doc = 40
            for d in range(0, len(paras), per_doc):
                body = "\n\n".join(paras[d:d + per_doc])
                name = f"{label}_{d // per_doc:04d}.txt"
                (Path(tmp) / name).write_text(f"Minutes of the Children's Services Committee\n\n{body}\n",
                                              encoding="utf-8")
                chk_rows.append({"file": name, "council": f"Variant Council {d // per_doc % 7}", "source_url": ""})
            where[0] = label
            before = chk.calls
            failed = []
            for i in range(0, len(chk_rows), 25):
                try:
                    score_pool.run_clean_figures(chk_rows[i:i + 25], Path(tmp))
                except Exception:  # a page the stages cannot table (not the phrase's): each page alone, the others kept
                    for r in chk_rows[i:i + 25]:
                        try:
                            score_pool.run_clean_figures([r], Path(tmp))
                        except Exception as e:
                            failed.append(f"{r['file']}: {type(e).__name__}: {e}")
                            (out / r["file"]).write_text((Path(tmp) / r["file"]).read_text(encoding="utf-8"),
                                                         encoding="utf-8")
            for x in failed:
                print("STAGE FAILED (both codes' stage; page kept in --out)", x, flush=True)
            counts[label] = chk.calls - before
            print(f"{label}: {len(paras)} sentences, {counts[label]} calls, {len(chk.diffs)} differences so far",
                  flush=True)
    chk.record = False
    if a.mutate:
        before = chk.calls
        for args, kwargs in chk.recorded:
            for label, margs, mkw in mutations(args, kwargs, rng, a.mutate):
                chk.compare(margs, mkw, f"mutated:{label}")
        counts["mutated"] = chk.calls - before
        print(f"mutated: {len(chk.recorded)} recorded calls, {counts['mutated']} calls", flush=True)
    if a.salad:
        before = chk.calls
        for _ in range(a.salad):
            args, kwargs = salad(rng)
            chk.compare(args, kwargs, "salad")
        counts["salad"] = chk.calls - before
        print(f"salad: {counts['salad']} calls, {len(chk.diffs)} differences so far", flush=True)
    with open(out / "diffs.jsonl", "w", encoding="utf-8") as f:
        for d in chk.diffs:
            f.write(json.dumps(d, default=str) + "\n")
    json.dump(dict(counts=counts, stage_calls=stage_calls, calls=chk.calls, differences=len(chk.diffs)),
              open(out / "summary.json", "w"), indent=1)
    print(f"{chk.calls} calls ({stage_calls} from the stages); {len(chk.diffs)} distinct differences from {a.base}")
    return 1 if chk.diffs else 0


if __name__ == "__main__":
    sys.exit(main())
