"""Round 28 (r28fuzz): fuzz the figures extraction and the clean stage's segmenting with odd minutes text.

Seeded and reproducible. Base sentences: dev-split raw minutes only (tests/realworld/raw, manifest split == dev; never
the test split). Each sentence has its numbers rewritten in odd forms (zero, negative, huge, unicode digits and minus
signs, no-break / zero-width spaces, fractions, superscripts, ratios with zero, ...) or is mangled otherwise (odd
punctuation, very long lines, only numbers, only punctuation, empty).

A finding: any exception; a NaN or infinite ``value`` in the figures table; a span that does not slice back to its
surface (``text[start:end] != surface``); the stage entry ``figures_from_segments`` raising on a tiny corpus.

usage (from the worktree): PYTHONPATH=src .venv/bin/python scripts/r28fuzz/fuzz.py [--n N] [--seed S] [--stage]
"""
from __future__ import annotations

import argparse
import csv
import math
import random
import re
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "tests/realworld/raw"

FORMS = [
    "0", "0.0", "-5", "−5", "–5", "1,000,000,000,000", "999999999999999999999999", "1e308", "1" * 400,
    "£0m", "£0", "£-5m", "-£5m", "£5m-£0", "0%", "-0%", "100000%", "0 in 5", "5 out of 0", "0 out of 0", "3 in 0.5",
    "1/0", "0/0", "½", "1½", "¼%", "²", "10²", "5³%", "0-0", "0–0", "£5m-£0", "£0-£0m", "five", "zero", "nought",
    "one hundred billion trillion", "a million million", "٣٤", "３４", "３４%", "१२", "1\u00a0000", "1\u202f000",
    "1\u200b000", "\u200b5", "5\u200b%", "1.000.000", "1.000,50", "1,2,3,4", "1..2", "1,,000", ".5", "5.", "0.", "00",
    "007", "1,00", "£.5m", "£5bn", "£0.0bn", "£∞", "∞", "NaN", "nan%", "inf", "1e5", "0x10", "+5", "±5", "5±2",
    "5 per 0", "5 per 10,000", "5 per 0 children", "0 per 0", "1:0", "0:0", "5 of 0", "one in zero",
    "5-", "-", "%", "£", "£m", "5 %", "5 per cent", "0 per cent", "5–", "£5m–", "20/21", "2023/0", "0/2023",
    "1st", "0th", "31/02/2023", "00/00/0000", "£1,000,000,000,000,000,000", "5 to 0", "between 0 and 0",
    "from 0 to 0", "0.0000001", "5x", "0x", "x5", "5 times", "0 times", "5fold", "0-fold", "£5k", "£0k", "5k",
    "(0)", "(-5)", "[5]", "5)", "(5", "5 (0%)", "0 (0%)", "5/0%", "5 / 0", "three quarters", "a half", "half of",
    "Q0", "Q5", "0.5 of 0", "1 in 1", "1 in 0.0", "one in nought", "5 out of 0.5", "1 in 5.5",
    "5 ratio 0", "𝟓", "⁵", "₅", "5⁄0", "5⁄8", "¾ in ½", "2 in ½",
    "zero in ten", "nought point five", "£0.00", "£-0", "−£0.5m", "0.5%", "1 in 0,000", "1 out of 000", "10,000 per 0",
    "a hundred in zero", "twenty out of zero", "1 in one", "2023/24: 0", "Q1 0", "0 1/2", "0 ½", "1 0/0", "£5/0",
    "£0/£0", "0.0-0.0%", "5 - -5", "5--5", "5%-0%", "half a million", "three quarters of a billion", "a dozen",
    "9" * 320, "£" + "9" * 320, "9" * 320 + "%", "1." + "0" * 400, "0." + "0" * 400 + "1", "1,000" * 40,
]
PUNCT = ["", "...", "!!", "??", ";;", "::", "--", "—", "“", "”", "‘", "’", "(", ")", "[", "]", "•", "·", "\t", "\u00a0",
         "\u200b", "\ufeff", "\r", "\u2028", "|", "/", "\\", "*", "#", "&", "%", "£", "$", "€", "~", "^", "@",
         "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2029", "\x00", "\u00ad", "\u200e", "\u202e", "\ufffd",
         "\u0301", "\r\n", "\n\n", "\n", "\u3000", "\u2009", "\u2007", "•\n", "\n1.", "\n(a)", "\nRESOLVED:"]
_NUM = re.compile(r"£?\d[\d,.]*(?:%|m|bn|k)?")


def dev_sentences() -> list[str]:
    dev = set()
    with open(RAW / "manifest.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["split"] == "dev":
                dev.add(row["file"])
    out = []
    for name in sorted(dev):
        for line in (RAW / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if 20 < len(line) < 400 and _NUM.search(line):
                out.append(line)
    return out


def mutate(rng: random.Random, s: str) -> str:
    k = rng.random()
    if k < 0.6:  # numbers rewritten
        return _NUM.sub(lambda m: rng.choice(FORMS) if rng.random() < 0.7 else m.group(0), s)
    if k < 0.7:  # odd punctuation inserted
        chars = list(s)
        for _ in range(rng.randint(1, 8)):
            chars.insert(rng.randint(0, len(chars)), rng.choice(PUNCT))
        return "".join(chars)
    if k < 0.75:  # a very long line
        return " ".join([s] * rng.randint(5, 30))
    if k < 0.82:  # only numbers
        return " ".join(rng.choice(FORMS) for _ in range(rng.randint(1, 30)))
    if k < 0.85:  # only punctuation
        return "".join(rng.choice(PUNCT) for _ in range(rng.randint(0, 40)))
    if k < 0.87:
        return rng.choice(["", " ", "\n", "\u200b", "\ufeff", "."])
    # a form set into a template sentence
    f = rng.choice(FORMS)
    return rng.choice([
        f"Around {f} children were affected.", f"The overspend was {f}.", f"{f} of care leavers were NEET.",
        f"The rate was {f} per 10,000 children.", f"It rose from {f} to {rng.choice(FORMS)}.",
        f"Attendance was {f} compared with {rng.choice(FORMS)} nationally.", f"{f}",
        f"There were {f} out of {rng.choice(FORMS)} schools rated good.", f"The budget is {f} ({rng.choice(FORMS)}).",
        f"{f} of the {rng.choice(FORMS)} exclusions were temporary.", f"an increase of {f} from {rng.choice(FORMS)}",
        f"between {f} and {rng.choice(FORMS)} children", f"{f} or {rng.choice(FORMS)} children",
        f"{f} to {rng.choice(FORMS)} years", f"a rate of {f} per {rng.choice(FORMS)}, higher than ({rng.choice(FORMS)})",
        f"{rng.choice(['zero', 'nought', 'none', 'nil'])} out of {f} schools", f"{f} in {rng.choice(['zero', 'nought', 'nil'])}",
        f"£{f}m-£{rng.choice(FORMS)}m", f"{f}% ({rng.choice(FORMS)})", f"Medway ({f}%), Kent ({rng.choice(FORMS)}%)",
    ])


def layout_doc(rng: random.Random, base: list[str]) -> str:
    """A tiny document with the layouts the stage reads: headings, bullets, tables, lines of values."""
    f = lambda: rng.choice(FORMS)  # noqa: E731
    parts = [
        "Children's Services budget", f"{rng.randint(1, 12)} Performance report", mutate(rng, rng.choice(base)),
        f"\u00b7 {mutate(rng, rng.choice(base))}", f"2022/23: {f()}", f"{f()}: {f()}",
        f"| Placement type | 2022/23 | 2023/24 |\n| Foster care | {f()} | {f()} |\n| {f()} | {f()} | |",
        f"School  Current Admission Limit  Proposed Admission Limit\nSt Mary's  {f()}  {f()}", f"(b) Home to school SEND Transport ({f()}):",
        "RESOLVED that:", f"{rng.randint(1, 9)}. {mutate(rng, rng.choice(base))}", f"{f()}\t{f()}\t{f()}", "", f"{f()}",
    ]
    return "\n".join(rng.choice(parts) + rng.choice(["\n", "", "\n\n"]) for _ in range(rng.randint(1, 10)))


def check_text(text: str) -> list[str]:
    from analysis.figures import extract_figures, extract_numbers
    problems = []
    for name, fn in (("extract_figures", extract_figures), ("extract_numbers", extract_numbers)):
        try:
            df = fn(text)
        except Exception as e:  # noqa: BLE001
            problems.append(f"{name}: {type(e).__name__}: {e} @ {traceback.extract_tb(e.__traceback__)[-1].filename.split('/')[-1]}:{traceback.extract_tb(e.__traceback__)[-1].lineno}")
            continue
        for st, en, su in zip(df["start"], df["end"], df["surface"]):
            if text[int(st):int(en)] != su:
                problems.append(f"{name}: span {st}:{en} {text[int(st):int(en)]!r} != surface {su!r}")
        if name == "extract_figures":
            for su, v, vm in zip(df["surface"], df["value"], df["value_max"]):
                if v is None or not math.isfinite(float(v)):
                    problems.append(f"{name}: value {v} for surface {su!r}")
                if vm is not None and math.isinf(float(vm)):
                    problems.append(f"{name}: value_max {vm} for surface {su!r}")
    return problems


def check_stage(text: str) -> list[str]:
    import pandas as pd
    from analysis import clean
    from analysis.figures import figures_from_segments
    from analysis.schemas import check_table
    try:
        segs = check_table("segments", clean.segment_text("d1", text))
    except Exception as e:  # noqa: BLE001
        return [f"segment_text: {type(e).__name__}: {e}"]
    if segs.empty:
        return []
    docs = pd.DataFrame({"doc_id": ["d1"], "council": ["X"], "meeting_date": [None], "title": [None],
                         "committee": [None]})
    try:
        f, n = figures_from_segments(segs, {"d1": text}, docs)
        check_table("figures", f)
        check_table("numbers", n)
    except Exception as e:  # noqa: BLE001
        return [f"figures_from_segments: {type(e).__name__}: {str(e)[:300]}"]
    return []


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=28)
    ap.add_argument("--stage", action="store_true", help="also the stage entry on a tiny corpus (slower)")
    ap.add_argument("--every", type=int, default=5, help="with --stage: a stage check every N inputs (two kinds)")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    base = dev_sentences()
    seen: dict[str, str] = {}
    for i in range(a.n):
        text = mutate(rng, rng.choice(base))
        t0 = time.perf_counter()
        probs = check_text(text)
        if time.perf_counter() - t0 > 2.0:  # (a slow regex on odd text is a finding too)
            probs.append(f"slow: {time.perf_counter() - t0:.1f} s for {len(text)} characters")
        if a.stage and i % a.every == 0:
            doc = text + "\n\n" + mutate(rng, rng.choice(base)) + "\n"
            probs += [f"{p}\n    document: {doc[:600]!r}" for p in check_stage(doc)]
        if a.stage and i % a.every == (1 % a.every):
            doc = layout_doc(rng, base)
            probs += [f"{p}\n    document: {doc[:600]!r}" for p in check_stage(doc)]
        for p in probs:
            key = re.sub(r"\d+", "N", p.split("\n")[0].split("!=")[0].split("'")[0])[:120]
            if key not in seen:
                seen[key] = text
                print(f"[{i}] {p}\n    input: {text[:300]!r}", flush=True)
    print(f"{a.n} inputs, {len(seen)} distinct problems", file=sys.stderr)


if __name__ == "__main__":
    main()
