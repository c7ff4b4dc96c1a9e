"""The shared toolkit of the research scripts over the judged pools (``tests/realworld/pools``): what rounds 16-20
wrote again in each round's folder (``scripts/r16part`` ... ``scripts/r20prec``) and in each gathered pool's ``work/``.

Each round's script is now a thin caller of a function here (its usage and output unchanged); which round wrote
what is listed in ``scripts/README.md``. Import it from a script in ``scripts/`` (its folder is on ``sys.path``) or
from a round's folder or a pool's ``work/`` with ``sys.path.insert(0, <repo>/scripts)``.

- Pools and pages: :func:`pool_dirs`, :func:`judged_pools`, :func:`manifest_rows`, :func:`council_map`,
  :func:`page_text`, :func:`context`, :func:`dev_rows` (the dev split only: the test split is never read).
- Running the stages: :func:`run_stages` (clean + figures of the code on ``PYTHONPATH`` over some pages),
  :func:`run_all` (every pool of some rounds and dev, one CSV each).
- Judgements: :func:`span_key`, :func:`load_extra`, :func:`reader_phrases`, :func:`pool_errors` (false and missed
  figures, round 8's two other layouts included), ``score_pool.load_judgements`` (judged + rejudged rows).
- Comparing runs: :func:`diff_runs`, :func:`moved_phrases`, :func:`score_phrases`, :func:`score_all`,
  :func:`errors_main`, :func:`scan_main`, :func:`bench_scan`.
- A gatherer's steps (a pool's ``work/``): :func:`decode`, :func:`run_first`, :func:`show`, :func:`make_judged`,
  :func:`overlap` (:func:`shared_windows`), :func:`councils`, :func:`used`.

Every function reads the pools as they are in this checkout, and never the test split. :func:`judged_pools` and
:func:`bench_scan` read every round folder there is (as round 20's scripts did): a round whose pool is still a
measure is left out by ``skip_rounds`` / ``skip``; :func:`pool_dirs` reads only the rounds named.
"""

from __future__ import annotations

import argparse
import collections
import csv
import glob
import importlib.util
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
POOLS = ROOT / "tests/realworld/pools"
RAW = ROOT / "tests/realworld/raw"
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

import score_pool as sp  # noqa: E402

Row = dict[str, str]
Key = tuple[str, int, int]


# ---------------------------------------------------------------- pools and pages

def pool_dirs(rounds: Iterable[str], also: Iterable[str] = (), holding: str = "raw/manifest.csv") -> list[Path]:
    """The pool folders (sorted) that hold ``holding`` and whose round folder is one of ``rounds`` or that are named
    in ``also`` ("r16/r16freshA")."""
    rounds, also = set(rounds), {POOLS / a for a in also}
    return sorted(p for p in POOLS.glob("r*/r*") if (p / holding).exists() and (p.parent.name in rounds or p in also))


def judged_pools(skip_rounds: Iterable[str] = (), rounds: Sequence[str] | None = None) -> list[Path]:
    """Every pool with pages and a ``judged.csv`` (r8phrase and r8idC left out: their judgements have no spans), by
    round folder (``r<digits>``, in order of their names) but ``skip_rounds``; or of ``rounds`` only, in that order."""
    skip = set(skip_rounds)
    if rounds is None:
        dirs = [r for r in sorted(POOLS.iterdir()) if r.is_dir() and r.name[1:].isdigit() and r.name not in skip]
    else:
        dirs = [POOLS / r for r in rounds]
    out = []
    for rnd in dirs:
        for p in sorted(rnd.iterdir()):
            if (p / "raw" / "manifest.csv").exists() and (p / "judged.csv").exists() and p.name not in ("r8phrase", "r8idC"):
                out.append(p)
    return out


def read_csv(path: Path | str) -> list[Row]:
    """The rows of a CSV file (UTF-8; newlines read as the round scripts read them, without ``newline=""``)."""
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def manifest_rows(pool: Path) -> list[Row]:
    """A pool's manifest rows, with the columns pools' manifests lack (committee, meeting_date, title) empty."""
    rows = read_csv(pool / "raw" / "manifest.csv")
    for r in rows:
        r.setdefault("committee", ""); r.setdefault("meeting_date", ""); r.setdefault("title", "")
    return rows


def council_map(pool: Path) -> dict[str, str]:
    """doc_id (the page's file stem) -> council, from the pool's manifest."""
    return {r["file"].rsplit(".", 1)[0]: r["council"] for r in read_csv(pool / "raw" / "manifest.csv")}


def page_text(pool: Path, doc: str) -> str:
    """A pool page's text (what every raw_start / raw_end indexes)."""
    return (pool / "raw" / f"{doc}.txt").read_text(encoding="utf-8")


def context(text: str, s: int, e: int, w: int = 100) -> str:
    """``w`` characters before a span, the span in [[ ]], ``w // 2`` after, on one line (newlines as ⏎)."""
    return f"{text[max(0, s - w):s]}[[{text[s:e]}]]{text[e:e + w // 2]}".replace("\n", "\u23ce")


def dev_rows() -> list[Row]:
    """The manifest rows of tests/realworld's dev split (the test split's rows are dropped before anything is read)."""
    return [r for r in read_csv(RAW / "manifest.csv") if r["split"] == "dev"]


def dev_gold(docs: Iterable[str]) -> set[Key]:
    """The spans of the dev gold figures of ``docs`` (dev doc_ids: rows of other documents are dropped unread)."""
    docs = set(docs)
    return {(r["doc_id"], int(r["raw_start"]), int(r["raw_end"])) for r in read_csv(ROOT / "tests/realworld/figures_gold.csv")
            if r["doc_id"] in docs}


# ---------------------------------------------------------------- running the stages

#: the clean and figures stages over some pages (written in score_pool, the pools' scorer)
run_stages = sp.run_stages


def no_meta(rows: Iterable[Row]) -> list[Row]:
    """Rows with file, council and source_url only (the runs that leave committee, date and title empty)."""
    return [{"file": r["file"], "council": r["council"], "source_url": r["source_url"]} for r in rows]


def run_all(argv: Sequence[str], rounds: Iterable[str], also: Iterable[str] = ()) -> None:
    """``run_all.py OUT [pool-name ... | dev]``: figures of every pool of ``rounds`` (and ``also``) with pages and of the
    dev split, one CSV each (``OUT/<pool>.csv``, ``OUT/dev.csv``; every column, rows by doc_id and span)."""
    out = Path(argv[0]); out.mkdir(parents=True, exist_ok=True)
    want = list(argv[1:])
    for p in pool_dirs(rounds, also):
        if want and p.name not in want: continue
        figs, _ = run_stages(manifest_rows(p), p / "raw")
        figs.sort_values(["doc_id", "raw_start", "raw_end"]).to_csv(out / f"{p.name}.csv", index=False); print(p.name, flush=True)
    if not want or "dev" in want:
        figs, _ = run_stages(dev_rows(), RAW)
        figs.sort_values(["doc_id", "raw_start", "raw_end"]).to_csv(out / "dev.csv", index=False); print("dev", flush=True)


# ---------------------------------------------------------------- judgements

def span_key(r: Row) -> Key:
    """(doc_id, raw_start, raw_end) of a row; an offset that is not a whole number is -1."""
    def num(v: Any) -> int:
        return int(v) if str(v).isdigit() else -1
    return r["doc_id"], num(r["raw_start"]), num(r["raw_end"])


def yes(v: str | None) -> str:
    """A yes/no cell as "1" or "0" ("1", "y", "yes", "true" are yes)."""
    return "1" if (v or "").strip().lower() in ("1", "y", "yes", "true") else "0"


def load_extra(paths: Iterable[str]) -> dict[tuple[str, str, int, str], str]:
    """Phrase judgements written after a pool's own (``notes/rNN_<helper>_judged.csv``: pool, doc_id, raw_start,
    indicator, judged), by (pool, doc_id, raw_start, phrase); a later file's row wins; missing files are skipped."""
    out: dict[tuple[str, str, int, str], str] = {}
    for path in paths:
        if path and Path(path).exists():
            for r in read_csv(path):
                out[(r["pool"], r["doc_id"], int(r["raw_start"]), r["indicator"])] = r["judged"]
    return out


def reader_phrases(pool: Path) -> dict[Key, str]:
    """The reader's phrase of each judged span of a pool (cleaned as the phrase chooser's training rows are)."""
    from phrase_chooser_rows import clean_reader_phrase

    rp = {}
    for r in read_csv(pool / "judged.csv"):
        if (r.get("reader_phrase") or "").strip() and str(r["raw_start"]).isdigit() and str(r["raw_end"]).isdigit():
            rp[(r["doc_id"], int(r["raw_start"]), int(r["raw_end"]))] = clean_reader_phrase(r["reader_phrase"])
    return rp


def pool_errors(pool: Path, figs: Sequence[Row]) -> list[tuple[str, str, int, int, str]]:
    """(kind, doc, start, end, surface) rows: FALSE for a predicted figure judged not a figure, MISSED for a judged
    figure not found (round 8's r8idB is matched by start, r8prec by its judged tokens; neither lists misses)."""
    out = []
    if pool.name == "r8idB":
        j = {}
        for r in read_csv(pool / "judged.csv"):
            if r["raw_start"].strip():
                j[(r["doc_id"], int(r["raw_start"]))] = sp._IS_FIGURE.get(r["is_figure"].strip().lower(), "?")
        for f in figs:
            if j.get((f["doc_id"], int(f["raw_start"]))) == "0":
                out.append(("FALSE", f["doc_id"], int(f["raw_start"]), int(f["raw_end"]), f["surface"]))
    elif pool.name == "r8prec":
        toks: dict[str, list[tuple[int, str]]] = {}
        for r in read_csv(pool / "judged.csv"):
            toks.setdefault(r["doc"], []).append((int(r["start"]), r["judged"]))
        for f in figs:
            s, e = int(f["raw_start"]), int(f["raw_end"])
            ks = [k for st, k in toks.get(f["doc_id"], []) if s <= st < e]
            if ks and not any(k in {"F", "P", "Fx", "amb"} for k in ks):
                out.append(("FALSE", f["doc_id"], s, e, f["surface"]))
    else:
        jd = sp.load_judgements(pool)
        found = set()
        for f in figs:
            k = (f["doc_id"], int(f["raw_start"]), int(f["raw_end"]))
            found.add(k)
            jj = jd.get(k)
            if jj is not None and jj.is_figure == "0":
                out.append(("FALSE", *k, f["surface"]))
        for k, jj in sorted(jd.items()):
            if jj.is_figure == "1" and k not in found:
                out.append(("MISSED", *k, ""))
    return out


def figs_of(d: Path, pool: Path) -> list[Row]:
    """A pool's figures in an ``allpools.py`` output folder (``<round>_<pool>.csv``)."""
    return read_csv(d / f"{pool.parent.name}_{pool.name}.csv")


# ---------------------------------------------------------------- comparing runs

def diff_runs(argv: Sequence[str]) -> None:
    """``diff.py A B``: the figures whose phrase or id moved between two :func:`run_all` outputs (and any span or other
    column that moved)."""
    a, b = Path(argv[0]), Path(argv[1])
    tot_fig = tot_ph = 0
    for fa in sorted(a.glob("*.csv")):
        ka = {(r['doc_id'], r['raw_start'], r['raw_end']): r for r in read_csv(fa)}
        kb = {(r['doc_id'], r['raw_start'], r['raw_end']): r for r in read_csv(b / fa.name)}
        if set(ka) != set(kb):
            print(fa.stem, "SPANS DIFFER", len(set(ka) ^ set(kb))); tot_fig += len(set(ka) ^ set(kb))
        for k in sorted(set(ka) & set(kb)):
            x, y = ka[k], kb[k]
            other = [c for c in x if c not in ("indicator", "indicator_id", "id_source") and x[c] != y.get(c)]
            if other: print(fa.stem, k, "OTHER COLS", other)
            if x['indicator'] != y['indicator'] or x['indicator_id'] != y['indicator_id']:
                tot_ph += 1
                print(f"{fa.stem}\t{k[0]}\t{k[1]}\t{x['surface']!r}\t{x['indicator']!r} -> {y['indicator']!r}\tid {x['indicator_id']}->{y['indicator_id']}")
    print("moved phrases/ids:", tot_ph, "span changes:", tot_fig)


def moved_phrases(argv: Sequence[str]) -> None:
    """``moved.py ROWS_BEFORE ROWS_AFTER``: every true figure whose phrase moved between two :func:`score_phrases`
    ``--rows`` files, with both judgements and the reader's phrase."""
    a = {(r['pool'], r['doc_id'], r['raw_start']): r for r in read_csv(argv[0])}
    b = {(r['pool'], r['doc_id'], r['raw_start']): r for r in read_csv(argv[1])}
    for k in sorted(set(a) & set(b)):
        x, y = a[k], b[k]
        if x['indicator'] != y['indicator']:
            print(f"{k[0]}\t{k[1]}\t{k[2]}\t{x['surface']!r}\t{x['indicator']!r} ({x['judged'] or '?'}) -> {y['indicator']!r} ({y['judged'] or '?'})\tREADER {y['reader']!r}")


def score_phrases(argv: Sequence[str], rounds: Iterable[str], also: Iterable[str] = (), extra: Sequence[str] = ()) -> None:
    """``score_all.py FIGDIR [--rows OUT.csv] [--extra FILE ...]``: the phrase score over every judged pool of
    ``rounds`` (and ``also``) and round 8's r8phrase, from :func:`run_all` CSVs; a phrase the pool's own judgement
    lacks is looked up in the ``extra`` files (:func:`load_extra`). ``--rows`` writes every scored true figure."""
    from phrase_chooser_rows import clean_reader_phrase

    ap = argparse.ArgumentParser(); ap.add_argument("figdir"); ap.add_argument("--rows")
    ap.add_argument("--extra", nargs="*", default=[str(x) for x in extra])
    a = ap.parse_args(argv)
    sp_key = sp._key
    sp._key = span_key  # (judged rows with an offset that is not a number are kept, as -1)
    try:
        extras = load_extra(a.extra)
        rows = []; tot = [0, 0, 0]
        for p in pool_dirs(rounds, also, holding="judged.csv"):
            j = sp.load_judgements(p)
            rp = reader_phrases(p)
            man = {Path(r["file"]).stem: r["council"] for r in read_csv(p / "raw/manifest.csv")}
            n = ok = unj = 0
            for f in read_csv(Path(a.figdir) / f"{p.name}.csv"):
                k = (f["doc_id"], int(f["raw_start"]), int(f["raw_end"]))
                jj = j.get(k)
                if jj is None or jj.is_figure != "1": continue
                n += 1
                v = jj.phrases.get(f["indicator"])
                if v is None: v = extras.get((p.name, f["doc_id"], int(f["raw_start"]), f["indicator"]))
                if v is None: unj += 1
                else: ok += v == "1"
                rows.append(dict(pool=p.name, doc_id=f["doc_id"], council=man.get(f["doc_id"], ""), raw_start=f["raw_start"],
                                 surface=f["surface"], indicator=f["indicator"], judged="" if v is None else v,
                                 reader=rp.get(k, ""), sentence=f["sentence"]))
            print(f"{p.name:12s} phrase {ok}/{n-unj} unjudged {unj}"); tot[0] += ok; tot[1] += n - unj; tot[2] += unj
        # r8phrase: its own layout (judged by start; first and final phrases)
        p = POOLS / "r8/r8phrase"
        man = {Path(r["file"]).stem: r["council"] for r in read_csv(p / "raw/manifest.csv")}
        jd: dict[tuple[str, int], dict[str, Any]] = {}
        for r in read_csv(p / "judged.csv"):
            if r["figure"].strip().lower() not in ("1", "y", "yes", "yes (missed)") or not r["raw_start"].isdigit(): continue
            d = jd.setdefault((r["file"].removesuffix(".txt"), int(r["raw_start"])), {"reader": clean_reader_phrase(r["my_phrase"]), "ph": {}})
            if r["first_class"] != "missed": d["ph"].setdefault(r["first_indicator"], yes(r["first_ok"]))
            if r.get("final_indicator") and (r.get("final_ok") or "").strip(): d["ph"].setdefault(r["final_indicator"], yes(r["final_ok"]))
        n = ok = unj = 0
        for f in read_csv(Path(a.figdir) / "r8phrase.csv"):
            d = jd.get((f["doc_id"], int(f["raw_start"])))
            if d is None: continue
            n += 1
            v = d["ph"].get(f["indicator"])
            if v is None: v = extras.get(("r8phrase", f["doc_id"], int(f["raw_start"]), f["indicator"]))
            if v is None: unj += 1
            else: ok += v == "1"
            rows.append(dict(pool="r8phrase", doc_id=f["doc_id"], council=man.get(f["doc_id"], ""), raw_start=f["raw_start"],
                             surface=f["surface"], indicator=f["indicator"], judged="" if v is None else v, reader=d["reader"], sentence=f["sentence"]))
        print(f"{'r8phrase':12s} phrase {ok}/{n-unj} unjudged {unj}"); tot[0] += ok; tot[1] += n - unj; tot[2] += unj
        print(f"TOTAL phrase {tot[0]}/{tot[1]}={tot[0]/tot[1]:.4f} unjudged {tot[2]}")
        if a.rows:
            with open(a.rows, "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, list(rows[0])); w.writeheader(); w.writerows(rows)
    finally:
        sp._key = sp_key


def score_all(argv: Sequence[str], pools: Iterable[Path]) -> None:
    """``scoreall.py DIR``: ``score_pool.score`` of every pool in ``pools`` whose judged.csv is in score_pool's layout,
    on ``allpools.py`` CSVs in DIR, and the pooled P / R / F1."""
    d = Path(argv[0])
    tot = dict(pred=0, tp=0, missed=0)
    for pool in pools:
        try: j = sp.load_judgements(pool)
        except Exception: continue
        figs = [{k: (v or "") for k, v in f.items()} for f in figs_of(d, pool)]
        s, u, e = sp.score(figs, j)
        for k in tot: tot[k] += s[k]
        print(f"{pool.name}: {sp.line(s, sum(x[4] == 'phrase not judged' for x in u))}  unjudged-spans {sum(x[4] == 'span not judged' for x in u)}")
    tp, pred, m = tot["tp"], tot["pred"], tot["missed"]
    print(f"POOLED: P {tp}/{pred}={tp/pred:.4f} R {tp}/{tp+m}={tp/(tp+m):.4f} F1 {2*tp/(pred+tp+m):.4f}")


def errors_main(argv: Sequence[str], pools: Iterable[Path]) -> None:
    """``errors.py DIR``: every false and missed figure (:func:`pool_errors`) of ``pools`` in ``allpools.py`` CSVs in
    DIR, tab-separated with council and context; the counts on stderr."""
    d = Path(argv[0])
    rows = []
    for pool in pools:
        cm = council_map(pool)
        for kind, doc, s, e, surf in pool_errors(pool, figs_of(d, pool)):
            rows.append((kind, pool.name, cm.get(doc, "?"), f"{doc}:{s}:{e}", context(page_text(pool, doc), s, e)))
    for r in rows:
        print("\t".join(r))
    print(sum(r[0] == "FALSE" for r in rows), "false,", sum(r[0] == "MISSED" for r in rows), "missed", file=sys.stderr)


def scan_main(argv: Sequence[str], pools: Iterable[Path]) -> None:
    """``scan.py DIR SURF [LEFT] [RIGHT]``: every predicted figure of ``pools`` and dev (``allpools.py`` CSVs in DIR)
    whose surface fullmatches SURF, whose 160 characters before match LEFT (search) and whose text after matches
    RIGHT (match), with its judgement or the dev gold; then the counts and their councils."""
    d = Path(argv[0]); surf = re.compile(argv[1]); left = re.compile(argv[2] if len(argv) > 2 else "")
    right = re.compile(argv[3] if len(argv) > 3 else "")
    c: collections.Counter[str] = collections.Counter(); councils_of: dict[str, set[Any]] = {}

    def show_one(tag: str, who: Any, t: str, s: int, e: int) -> None:
        print(f"{tag}\t{who}\t{t[max(0,s-70):s]!r}[[{t[s:e]}]]{t[e:e+40]!r}")

    for pool in pools:
        try: j = sp.load_judgements(pool)
        except Exception: j = {}
        cm = council_map(pool); texts: dict[str, str] = {}
        for f in figs_of(d, pool):
            if not surf.fullmatch(f["surface"]): continue
            s, e = int(f["raw_start"]), int(f["raw_end"])
            t = texts.get(f["doc_id"]) or texts.setdefault(f["doc_id"], page_text(pool, f["doc_id"]))
            if left.search(t[max(0, s - 160):s]) and right.match(t[e:e + 80]):
                jj = j.get((f["doc_id"], s, e)); jv = jj.is_figure if jj else "?"
                c[jv] += 1; councils_of.setdefault(jv, set()).add(cm.get(f["doc_id"]))
                show_one(f"{jv} {pool.name}", cm.get(f["doc_id"]), t, s, e)
    man = {r["file"].rsplit(".", 1)[0]: r for r in dev_rows()}
    gold = dev_gold(man)
    for f in read_csv(d / "dev.csv"):
        if f["doc_id"] not in man or not surf.fullmatch(f["surface"]): continue
        t = (RAW / man[f["doc_id"]]["file"]).read_text(encoding="utf-8")
        s, e = int(f["raw_start"]), int(f["raw_end"])
        if left.search(t[max(0, s - 160):s]) and right.match(t[e:e + 80]):
            g = "dev" + str(int((f["doc_id"], s, e) in gold)); c[g] += 1; councils_of.setdefault(g, set()).add(man[f["doc_id"]]["council"])
            show_one(g, man[f["doc_id"]]["council"], t, s, e)
    print(dict(c), {k: len(v) for k, v in councils_of.items()})


def bench_scan(skip: str | None = None) -> None:
    """``bench_scan.py``: CPU time of ``kinds.scan`` over every pool page (but those whose path holds ``skip``), best
    of 7 (the code on ``PYTHONPATH``; run from the checkout's root)."""
    import time

    from analysis.figures.kinds import scan
    from analysis.figures.rules import load_rules

    rules = load_rules()
    files = [f for f in sorted(glob.glob("tests/realworld/pools/r*/*/raw/*.txt")) if skip is None or skip not in f]
    texts = [open(f, encoding="utf-8").read() for f in files]
    best = 1e9
    for _ in range(7):
        t = time.process_time()
        for x in texts:
            scan(x, rules)
        best = min(best, time.process_time() - t)
    print(f"scan over {len(texts)} pool pages: {best:.4f}s (best of 7)")


# ---------------------------------------------------------------- a gatherer's steps (a pool's work/ folder)

#: the councils a gatherer may not take pages of: the test split's, the seeds' and those reserved for judging (issue 11)
TEST_COUNCILS = ["Bath and North East Somerset", "Blackburn with Darwen", "Brighton and Hove", "Buckinghamshire", "Cheshire East",
                 "Doncaster", "York", "Devon", "Lancashire", "Ealing", "Enfield", "Harrow", "Havering", "Merton",
                 "Richmond upon Thames", "North Lincolnshire", "Reading", "Greenwich", "Kingston upon Thames", "Solihull",
                 "Westminster"]
SEED_COUNCILS = ["Warwickshire", "Worcestershire", "West Sussex", "Halton"]
RESERVED_COUNCILS = """Barking and Dagenham, Bournemouth Christchurch and Poole, Bracknell Forest, Bradford, Brent, Bristol, Bromley, Coventry, Croydon,
  Darlington, Dorset, Durham, East Sussex, Gateshead, Gloucestershire, Hammersmith and Fulham, Haringey,
  Herefordshire, Isle of Wight, Islington, Kent, Kirklees, Leicester, Leicestershire, Lewisham,
  Lincolnshire, Manchester, Middlesbrough, Nottingham, Plymouth, Portsmouth, Rotherham, Sandwell,
  Sheffield, Shropshire, Staffordshire, Stockton-on-Tees, Surrey, Telford and Wrekin, Thurrock, Tower
  Hamlets, Trafford, West Northamptonshire, Windsor and Maidenhead, Wirral, Wolverhampton""".replace('\n', ' ').split(',')
#: the columns of a gathered pool's judged.csv (round 14's layout)
JUDGED_COLUMNS = ['doc_id', 'raw_start', 'raw_end', 'surface', 'value', 'unit', 'is_figure', 'pred_indicator',
                  'phrase_names_measure', 'failure_class', 'reader_phrase', 'reader_id', 'pred_id', 'id_source']


def decode(pool: Path, manifest: Path | None = None) -> None:
    """``work/decode.py``: ``work/src/NAME.jsonstr`` (the search excerpt's JSON string body, as returned) ->
    ``raw/NAME.txt``, and ``work/sources.csv`` -> ``raw/manifest.csv``. With ``manifest`` (a blind set's, at its root),
    the sources' rows go there with all their columns, one ``\n`` a line."""
    rows = read_csv(pool / 'work' / 'sources.csv')
    (pool / 'raw').mkdir(exist_ok=True)
    with open(manifest or pool / 'raw' / 'manifest.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator='\n') if manifest else \
            csv.DictWriter(f, fieldnames=['file', 'council', 'source_url', 'seen_before', 'page_kind'])
        w.writeheader()
        for r in rows:
            src = pool / 'work' / 'src' / (r['file'][:-4] + '.jsonstr')
            body = src.read_text(encoding='utf-8').rstrip('\n')
            text = json.loads('"' + body + '"')
            (pool / 'raw' / r['file']).write_text(text, encoding='utf-8')
            w.writerow(r)
    print(len(rows), 'pages')


def run_first(pool: Path, out: Path) -> None:
    """``work/run.py WORKTREE OUTDIR``: clean + figures of the code on ``PYTHONPATH`` over the pool's pages:
    ``OUTDIR/figures.csv`` and ``OUTDIR/numbers.csv`` (committee, date and title left empty)."""
    out.mkdir(parents=True, exist_ok=True)
    figs, nums = run_stages(no_meta(read_csv(pool / 'raw' / 'manifest.csv')), pool / 'raw')
    figs.to_csv(out / 'figures.csv', index=False)
    nums.to_csv(out / 'numbers.csv', index=False)
    print(len(figs), 'figures', len(nums), 'numbers')


#: number words :func:`show` lists when no row covers them
_NUMBER_WORDS = r'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|half|third|quarter|dozen'


def show(pool: Path, doc: str) -> None:
    """``work/show.py DOC``: the first run's figures (F) and numbers (N) of one page, in text order, with context,
    and every numeral or number word no row covers (U)."""
    text = page_text(pool, doc)
    rows = []
    for r in read_csv(pool / 'work' / 'first_run' / 'figures.csv'):
        if r['doc_id'] == doc:
            rows.append((int(r['raw_start']), int(r['raw_end']), 'F', f"{r['surface']!r} unit={r['unit']} ind={r['indicator']!r} id={r['indicator_id']} src={r['id_source']}"))
    for r in read_csv(pool / 'work' / 'first_run' / 'numbers.csv'):
        if r['doc_id'] == doc:
            rows.append((int(r['raw_start']), int(r['raw_end']), 'N', f"{r['surface']!r} kind={r['kind']}"))
    covered = [(a, b) for a, b, _, _ in rows]
    for m in re.finditer(r'\d[\d,.]*|\b(?:%s)\b' % _NUMBER_WORDS, text, flags=re.I):
        if not any(a <= m.start() < b for a, b in covered):
            rows.append((m.start(), m.end(), 'U', repr(m.group())))
    for a, b, k, d in sorted(rows):
        ctx = text[max(0, a - 70):b + 50].replace('\n', ' ')
        print(f"{k} {a}-{b} {d}\n      ...{ctx}...")


def _load_judge(pool: Path) -> tuple[dict[str, tuple], list[tuple]]:
    """``J`` and ``MISSED`` of a pool's ``work/judge.py``."""
    spec = importlib.util.spec_from_file_location(f"judge_{pool.name}", pool / 'work' / 'judge.py')
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.J, mod.MISSED


def judged_rows(pool: Path) -> list[dict[str, Any]]:
    """The rows of a pool's judged.csv, from ``work/judge.py`` (J: the first run's figures by doc:raw_start; MISSED:
    true figures the run did not give, each checked to slice back to its surface) and ``work/first_run/figures.csv``,
    sorted by span."""
    J, MISSED = _load_judge(pool)
    rows = []
    text: dict[str, str] = {}
    for r in read_csv(pool / 'work' / 'first_run' / 'figures.csv'):
        isf, ph, fc, rp, rid = J[f"{r['doc_id']}:{r['raw_start']}"]
        rows.append({'doc_id': r['doc_id'], 'raw_start': int(r['raw_start']), 'raw_end': int(r['raw_end']), 'surface': r['surface'],
                     'value': r['value'], 'unit': r['unit'], 'is_figure': isf, 'pred_indicator': r['indicator'],
                     'phrase_names_measure': ph if isf else 0, 'failure_class': fc, 'reader_phrase': rp, 'reader_id': rid,
                     'pred_id': r['indicator_id'], 'id_source': r['id_source']})
    for doc, a, b, surface, rp, rid in MISSED:
        t = text.setdefault(doc, page_text(pool, doc))
        assert t[a:b] == surface, (doc, a, b, t[a:b], surface)
        rows.append({'doc_id': doc, 'raw_start': a, 'raw_end': b, 'surface': surface, 'value': '', 'unit': '', 'is_figure': 1,
                     'pred_indicator': '', 'phrase_names_measure': '', 'failure_class': '', 'reader_phrase': rp, 'reader_id': rid,
                     'pred_id': '', 'id_source': ''})
    rows.sort(key=lambda r: (r['doc_id'], r['raw_start'], r['raw_end']))
    return rows


def make_judged(pool: Path, out: Path | None = None) -> None:
    """``work/make_judged.py``: ``work/judge.py`` + ``work/first_run/figures.csv`` -> ``judged.csv`` (or ``out``)."""
    rows = judged_rows(pool)
    with open(out or pool / 'judged.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=JUDGED_COLUMNS); w.writeheader(); w.writerows(rows)
    print(len(rows), 'rows')


def overlap(worktree: str, this_pool: str, files: Sequence[str], names: bool = False) -> None:
    """``work/overlap.py FILE...``: the 60-character windows (whitespace collapsed) new pages share with any earlier
    text of ``worktree``: every pool page (but those whose path holds ``this_pool``, e.g. "/pools/r20/r20freshA/"),
    the dev split's pages and the seeds. Prints each shared window's pair (a new page by its file name with ``names``)."""
    shared_windows(worktree, files, earlier_pages(worktree, (this_pool,)), names)


def earlier_pages(worktree: str, skip: Sequence[str]) -> list[str]:
    """The texts a new page must not repeat (:func:`overlap`, ``blindtools.overlap_set``): every pool page of
    ``worktree`` (``tests/realworld/pools/**/raw/*.txt``) whose path holds none of ``skip`` (e.g. "/pools/r24/": the
    round's measure), the dev split's pages (never the test split's) and the seeds."""
    earlier = [p for p in glob.glob(worktree + '/tests/realworld/pools/**/raw/*.txt', recursive=True)
               if not any(m in p for m in skip)]
    dev = [r['file'] for r in read_csv(worktree + '/tests/realworld/raw/manifest.csv') if r['split'] == 'dev']
    return earlier + [worktree + '/tests/realworld/raw/' + f for f in dev] + glob.glob(worktree + '/data/raw/*.txt')


def shared_windows(worktree: str, files: Sequence[str], earlier: Sequence[str], names: bool = False) -> None:
    """The 60-character windows (whitespace collapsed) the pages ``files`` share with the texts ``earlier``: one line
    a pair (new page, earlier text relative to ``worktree``) with its count and first window, then a count line.
    A window in two new pages counts for the first of ``files``; a new page is named by its file name with ``names``."""
    def clean(t: str) -> str: return re.sub(r'\s+', ' ', t)
    new: dict[str, str] = {}
    for f in files:
        t = clean(open(f, encoding='utf-8').read())
        for i in range(len(t) - 59): new.setdefault(t[i:i + 60], f.split('/')[-1] if names else f)
    hits: dict[tuple[str, str], list[str]] = {}
    for p in earlier:
        t = clean(open(p, encoding='utf-8', errors='replace').read())
        for i in range(len(t) - 59):
            w = t[i:i + 60]
            if w in new: hits.setdefault((new[w], p.replace(worktree + '/', '')), []).append(w)
    for (f, p), ws in sorted(hits.items()):
        print(f, '<->', p, len(ws), 'windows; first:', repr(ws[0]))
    print('earlier texts read:', len(earlier), '; pairs with a shared window:', len(hits))


def council_norm(s: str) -> str:
    """A council's name without its kind ("London Borough of", "County Council" ...), lower case, letters only."""
    s = s.lower().replace('&', 'and')
    s = re.sub(r'\b(london borough of|royal borough of|city of|metropolitan borough council|borough council|county council|city council|council|metropolitan borough|borough|county)\b', ' ', s)
    return re.sub(r'[^a-z]+', ' ', s).strip()


def councils(realworld: str) -> None:
    """``work/councils.py``: the councils some pool manifest under ``realworld`` (a checkout's tests/realworld) names
    that a gatherer may use (not the test split's, the seeds' or reserved), with their count of earlier pages."""
    ban = {council_norm(x) for x in TEST_COUNCILS + SEED_COUNCILS + RESERVED_COUNCILS}
    cnt: collections.Counter[str] = collections.Counter(); names: dict[str, str] = {}
    for m in glob.glob(realworld + '/pools/**/manifest.csv', recursive=True):
        for r in read_csv(m):
            n = council_norm(r.get('council', '')); cnt[n] += 1; names.setdefault(n, r['council'])
    for n, c in sorted(cnt.items(), key=lambda x: x[1]):
        if n not in ban: print(c, names[n])


def url_norm(u: str) -> str:
    """A URL without its scheme, "www.", an ASP.NET session part and a closing slash, lower case."""
    u = u.strip().lower()
    u = re.sub(r'^https?://', '', u); u = re.sub(r'^www\.', '', u)
    u = re.sub(r'/\(s\([a-z0-9]+\)\)', '', u)
    return u.rstrip('/')


def url_tails(u: str) -> set[str]:
    """The normalised URL and its last '/'-segment with the query (when 10+ characters): notes abbreviate hosts."""
    n = url_norm(u); out = {n}
    segs = [p for p in n.split('/')[1:] if p]
    if segs and len(segs[-1]) >= 10: out.add(segs[-1])
    return out


def used(realworld: str, this_pool: str, urls: Sequence[str], more_manifests: Sequence[str] = (),
         keep: Callable[[str], bool] | None = None, staging: str | None = '/work/staging') -> int:
    """``work/used.py URL...``: is each source_url new? Checks every manifest under ``realworld`` and the ``staging``
    folders (and ``more_manifests``), every .md and .csv there (gold CSVs excepted) for the URL or its distinctive
    tail; files whose path holds ``this_pool`` are skipped unless ``keep`` says otherwise. Prints USED/new per URL;
    returns 1 when any is used."""
    def skip(p: str) -> bool:
        return this_pool in p and not (keep is not None and keep(p))
    def more(pattern: str) -> list[str]:
        return glob.glob(staging + pattern, recursive=True) if staging else []
    manif = set(); texts = []
    for m in glob.glob(realworld + '/**/manifest.csv', recursive=True) + more('/**/manifest.csv') + list(more_manifests):
        if skip(m): continue
        for r in read_csv(m):
            if r.get('source_url'): manif.add(url_norm(r['source_url']))
    for p in glob.glob(realworld + '/**/*.md', recursive=True) + more('/**/*.md') + glob.glob(realworld + '/**/*.csv', recursive=True):
        if this_pool in p or p.endswith('figures_gold.csv') or p.endswith('themes_gold.csv'): continue
        texts.append(open(p, encoding='utf-8', errors='replace').read().lower())
    big = '\n'.join(texts)
    bad = 0
    for u in urls:
        n = url_norm(u)
        hit = n in manif or any(t in big for t in url_tails(u)) or any(n in x for x in manif)
        print('USED' if hit else 'new ', u); bad += hit
    return 1 if bad else 0
