"""Build the table of id-judged figures for the learnt indicator_id experiment (round 9, ``r9model``).

One row per figure a reader judged (a true figure, with the id a reader gives from ``data/indicators.yml``
or none) that the figures stage of the code given finds at the same place. Sources, read only where allowed:

* ``dev``: ``tests/realworld/figures_gold.csv`` rows of documents whose manifest ``split`` is ``dev`` (the
  manifest is filtered to ``dev`` before any gold row or text is read; no ``test`` document is ever opened);
* ``r8``: round 8's id pools in ``tests/realworld/pools/r8/`` (r8idA: ``work/judge.py``; r8idB, r8idC: ``judged.csv``;
  their twins r8idA2/B2/C2 are the same pages and are not read again), with the id the rules of 8902217 gave
  on their first run (``rules_first_id``: rules that had never seen those pages);
* ``r9``: the ``TUNE`` halves of round 9's pools (``tests/realworld/pools/r9/r9*/judged.csv``; ``--check`` writes the
  ``CHECK`` halves instead, as round 9's held-out check read them);
* ``r9check`` (round 13): round 9's ``CHECK`` halves as training rows (rounds 11-13 tune on every pool of the rounds
  before);
* ``r10``, ``r11``, ``r12`` (round 13): every id-judged pool of rounds 10-12 (``tests/realworld/pools/r1?/*/judged.csv``,
  both halves where a round had halves; ``r10prec`` judged no id and is not read), each ``judged.csv`` row overridden by
  the same span's row of the pool's ``rejudged.csv`` (the lead's later judgement) and ``rejudged.csv``'s new spans
  added; ``rules_first_id`` is the pool's first run's ``pred_id`` where the rules gave it (not where its ``id_source``
  says the learnt fallback did: :func:`_rules_first`).
* ``r13`` (round 15): round 13's fresh pools (``tests/realworld/pools/r13/r13fresh*``), read as ``r10``-``r12``: they
  were round 14's CHECK and are measured; round 14's pools stay the measure.
* ``r14``, ``r16`` (round 18): round 14's fresh pool (``pools/r14/r14freshA``, first run 55af81a) and round 16's
  (``pools/r16/r16freshA``, first run 5a99e6c; ``pools/r16/r16freshB``, first run a6c5ffe, with the lead's
  ``rejudged.csv``), read as ``r10``-``r13``.
* ``r18`` (round 19): round 18's fresh pool (``pools/r18/r18freshA``, first run bca2f5f, with the lead's
  ``rejudged.csv``), read as ``r10``-``r16``; round 19's pool (``pools/r19/``) was that round's measure.
* ``r19``, ``r20``, ``r21`` (round 44): the later fresh pools (``pools/r19/r19freshA``, ``pools/r20/r20fresh*``,
  ``pools/r21/r21fresh*``, each with the lead's ``rejudged.csv`` where there is one), read as ``r10``-``r18``.
* ``blind`` (round 44): the open blind sets (``pools/r2?/r*blind*``, ``pools/r3?/r*blind*``: 34 sets of rounds 21-37,
  each with ``raw/``, its ``manifest.csv`` and ``figures_gold.csv``): every gold figure, its gold ``indicator_id`` the
  reader's id, ``rules_first_id`` the id of the set's first run (``work/first_run/figures.csv``) at the figure's place
  where that run's ``id_source`` says the rules gave it (:func:`_blind_items`).

No source may hold a page of a council of the ``test`` split (``tests/realworld/raw/manifest.csv``'s ``council`` and
``split`` columns only: no gold row or text of it is read), nor of a seed council or one reserved for judging (issue 11):
:func:`refuse_banned` stops the build naming the page.

The ``council`` column is one key per council across sources (:func:`council_key`), so a council-grouped CV holds a
council's rows of every source out together; ``source`` and ``pool`` say where each row came from.

Each row carries what the stage computes for the figure (unit, per, is_change, indicator phrase, sentence, the
rules' id) and the raw text either side of it, from which :mod:`analysis.figures.learnt_id` makes its features.

Round 40 (r40learnt) rebuilt the committed rows with the code of 724d590c (they were round 15's, 3694eea0: the
figures stage had since moved 429 rows' phrase, unit, per, is_change or span, found 5 figures more and merged 2 into
ranges), and ``tests/test_figures_r40_learnt_rows.py`` checks a sample of pages against a build of today's code: rebuild
the rows when it fails (about 15 s). ``--verify`` compares the whole file.

Usage::

    .venv/bin/python scripts/learnt_id_rows.py --out data/learnt_id_rows.csv
    .venv/bin/python scripts/learnt_id_rows.py --verify data/learnt_id_rows.csv
    .venv/bin/python scripts/learnt_id_rows.py --src /tmp/code_8902217/src --sources r8 --out first_run_rows.csv
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))
from blindtools import council_key  # noqa: E402  (r45robust: one definition, beside the halves it keys)
POOLS = RW / "pools"  # rounds 8-12's pools, kept in the repository (tests/realworld/pools/README.md)
R8 = POOLS / "r8"
R9 = POOLS / "r9"
R10 = POOLS / "r10"
#: the id-judged pools of rounds 10-21 a source reads (round 13; r13 round 15; r14, r16 round 18; r18 round 19; r19-r21
#: round 44): (source, folder, pool glob)
LATER = {"r10": (R10, "r10id*,r10phrase"), "r11": (POOLS / "r11", "r11fresh*"), "r12": (POOLS / "r12", "r12fresh*"),
         "r13": (POOLS / "r13", "r13fresh*"), "r14": (POOLS / "r14", "r14fresh*"), "r16": (POOLS / "r16", "r16fresh*"),
         "r18": (POOLS / "r18", "r18fresh*"), "r19": (POOLS / "r19", "r19fresh*"), "r20": (POOLS / "r20", "r20fresh*"),
         "r21": (POOLS / "r21", "r21fresh*")}
#: (round 44) the open blind sets a source ``blind`` reads: every folder of ``pools/`` these globs name
BLIND = ("r2?/r*blind*", "r3?/r*blind*")
#: every source the table may hold (tests/test_figures_learnt_id.py: no other, and never a test-split document)
SOURCES = ("dev", "r8", "r9", "r9check", "r10", "r11", "r12", "r13", "r14", "r16", "r18", "r19", "r20", "r21", "blind")
#: the sources of the committed table: every source since round 14 (M3, the fallback behind each pool's first-run
#: rules, council-held-out: +70 right ids against the 3 sources' +54, for +18 where none fits against +14; the notes
#: tests/realworld/notes/r14_learnt.md); round 13 had kept ("dev", "r8", "r9") on M1. Round 15 added r13 (M3, eval
#: rows of every source, threshold 0.85: +4 right, no more wrong or where none fits; CHECK r14freshA id 28/35 either
#: way, ids where none fits 11 -> 10; dev unchanged). Round 18: r14 and r16 are sources, not (yet) committed ones
#: (round 19: r18 too; M3 +4 right, +4 where none fits: notes r19_r19id.md). Round 44: r19-r21 and blind are sources,
#: not committed ones (M3 at 0.85: +2 right, -2 wrong, +1 where none fits pooled, -4 right on the counted half: notes
#: r44_learnt.md)
COMMITTED = ("dev", "r8", "r9", "r9check", "r10", "r11", "r12", "r13")
#: raw text kept either side of a figure (the features use the words of it in the same sentence); equal to
#: analysis.figures.learnt_id.SIDE (tested: this script runs the code of any commit, so it does not import it)
SIDE = 120
COLUMNS = ["source", "pool", "half", "doc_id", "council", "raw_start", "raw_end", "surface", "unit", "per", "is_change",
           "indicator", "sentence", "left", "right", "rules_id", "rules_first_id", "reader_id"]
_ABSENT = {"", "none", "nan", "None"}
#: (r40learnt) the columns the fallback's fit reads (analysis.figures.learnt_id.ROW_COLUMNS, tested): what the stage
#: computes for a figure today, so a rebuild with the same code must give them back (``--verify``). The others are
#: where a row comes from, except ``rules_id``: the rules' id when the rows were built, a snapshot only
#: ``scripts/learnt_id_cv.py`` reads (it drifts whenever the rules move; the fit never reads it)
FIT_COLUMNS = ("indicator", "sentence", "left", "right", "unit", "per", "is_change", "reader_id")


def figure_at(figs: list[dict], start: int) -> dict | None:
    """The figure of ``figs`` that starts at ``start`` (a judged span's start), else the first that covers it (a later
    code may start the span a little before); None when none does.

    >>> figure_at([{"raw_start": 3, "raw_end": 9}, {"raw_start": 5, "raw_end": 7}], 5)["raw_end"]
    7
    >>> figure_at([{"raw_start": 3, "raw_end": 9}], 5)["raw_start"], figure_at([{"raw_start": 3, "raw_end": 5}], 5)
    (3, None)
    """
    hit = next((f for f in figs if f["raw_start"] == start), None)
    if hit is None:
        hit = next((f for f in figs if f["raw_start"] <= start < f["raw_end"]), None)
    return hit


def _dev_items() -> tuple[list[dict], dict[str, str], list[dict]]:
    """The dev split's judged figures, its manifest rows and {doc_id: council}; nothing of the test split."""
    manifest = [r for r in csv.DictReader(open(RW / "raw" / "manifest.csv", encoding="utf-8")) if r["split"] == "dev"]
    docs = {Path(r["file"]).stem: r["council"] for r in manifest}
    items = []
    for g in csv.DictReader(open(RW / "figures_gold.csv", encoding="utf-8")):
        if g["doc_id"] not in docs:  # (a test document's gold row: skipped unread)
            continue
        items.append({"source": "dev", "pool": "dev", "half": "", "doc_id": g["doc_id"], "council": docs[g["doc_id"]],
                      "raw_start": int(g["raw_start"]), "reader_id": g["indicator_id"] or "", "rules_first_id": ""})
    return items, docs, manifest


@lru_cache(maxsize=None)
def _pool_manifest(pool: Path) -> dict[str, dict]:
    """A pool's manifest rows by page (read once per pool; callers only read it)."""
    return {Path(r["file"]).stem: r for r in csv.DictReader(open(pool / "raw" / "manifest.csv", encoding="utf-8"))}


def blind_sets() -> list[Path]:
    """(round 44) The open blind sets the source ``blind`` reads (:data:`BLIND`), sorted by folder name."""
    return sorted({p for g in BLIND for p in POOLS.glob(g) if (p / "figures_gold.csv").is_file()}, key=lambda p: p.name)


def _blind_items(sets: list[Path] | None = None) -> tuple[list[dict], dict[str, tuple[Path, dict]]]:
    """(round 44) The gold figures of the open blind sets (``sets``, else :func:`blind_sets`) and their pages
    (``{"<set>--<doc_id>": (raw file, manifest row)}``). A figure's ``reader_id`` is its gold ``indicator_id`` (empty:
    none fits); its ``rules_first_id`` is the id the set's first run gave the figure at its place
    (:func:`figure_at` over ``work/first_run/figures.csv``) where that run's ``id_source`` is ``rules``: not an id the
    wired learnt fallback gave on that run, and empty where the first run found no figure there."""
    items: list[dict] = []
    pages: dict[str, tuple[Path, dict]] = {}
    for folder in blind_sets() if sets is None else sets:
        where = folder / "manifest.csv"
        man = {Path(r["file"]).stem: r for r in csv.DictReader(open(where, encoding="utf-8"))}
        first: dict[str, list[dict]] = {}
        for r in csv.DictReader(open(folder / "work" / "first_run" / "figures.csv", encoding="utf-8")):
            first.setdefault(r["doc_id"], []).append({"raw_start": int(r["raw_start"]), "raw_end": int(r["raw_end"]),
                                                      "id": r["indicator_id"] if r["id_source"] == "rules" else ""})
        for g in csv.DictReader(open(folder / "figures_gold.csv", encoding="utf-8")):
            if g["doc_id"] not in man:
                raise SystemExit(f"{folder / 'figures_gold.csv'}: document {g['doc_id']} is not in {where}")
            hit = figure_at(first.get(g["doc_id"], []), int(g["raw_start"]))
            items.append({"source": "blind", "pool": folder.name, "half": "", "doc_id": g["doc_id"],
                          "council": man[g["doc_id"]]["council"], "raw_start": int(g["raw_start"]),
                          "reader_id": g["indicator_id"] or "", "rules_first_id": hit["id"] if hit else ""})
        for doc, r in man.items():
            pages[f"{folder.name}--{doc}"] = (folder / "raw" / r["file"], r)
    return items, pages


def banned_councils() -> dict[str, str]:
    """(round 44) ``{council key: why}`` of the councils no source may read: the ``test`` split's (the corpus manifest's
    ``council`` and ``split`` columns only), and the seed councils and those reserved for judging (issue 11, as
    ``scripts/pooltools.py`` lists them)."""
    out = {}
    with open(RW / "raw" / "manifest.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["split"] == "test":
                out[council_key(r["council"])] = "a test-split council"
    sys.path.insert(0, str(ROOT / "scripts"))
    import pooltools

    for names, why in ((pooltools.TEST_COUNCILS, "a test-split council"), (pooltools.SEED_COUNCILS, "a seed council"),
                       (pooltools.RESERVED_COUNCILS, "a council reserved for judging")):
        for name in names:
            out.setdefault(council_key(name), why)
    return out


def refuse_banned(items: list[dict], banned: Mapping[str, str]) -> None:
    """Stop (``SystemExit``, naming the page) when an item is of a council of ``banned`` (:func:`banned_councils`).

    >>> refuse_banned([{"pool": "p", "doc_id": "a_1", "council": "Oldshire County Council"}], {"oldshire": "a test-split council"})
    Traceback (most recent call last):
    ...
    SystemExit: p/a_1: Oldshire County Council is a test-split council: no training row may come from it
    """
    for it in items:
        why = banned.get(council_key(it["council"]))
        if why:
            raise SystemExit(f"{it['pool']}/{it['doc_id']}: {it['council']} is {why}: no training row may come from it")


def _add_pages(pages: dict, root: Path, items: list[dict]) -> None:
    """Add the raw page of every (pool, doc_id) of ``items`` (pools under ``root``) to ``pages``."""
    for pool, doc in sorted({(i["pool"], i["doc_id"]) for i in items}):
        r = _pool_manifest(root / pool)[doc]
        pages[f"{pool}--{doc}"] = (root / pool / "raw" / r["file"], r)


def _r8_items() -> list[dict]:
    items = []
    # r8idA: work/judge.py's J (doc:start -> (is_figure, phrase ok, reader_id)); first run ids in work/first_run/figures.csv
    pool = R8 / "r8idA"
    man = _pool_manifest(pool)
    tree = ast.parse((pool / "work" / "judge.py").read_text(encoding="utf-8"))
    judged = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "J":
            judged = ast.literal_eval(node.value)
    first = {(r["doc_id"], int(r["raw_start"])): r["indicator_id"] for r in
             csv.DictReader(open(pool / "work" / "first_run" / "figures.csv", encoding="utf-8"))}
    half_of = {r["file"].removesuffix(".txt"): r["half"] for r in man.values()}
    for key, (is_fig, _, rid) in judged.items():
        doc, start = key.rsplit(":", 1)
        if is_fig != 1 or rid == "?":
            continue
        items.append({"source": "r8", "pool": "r8idA", "half": half_of[doc], "doc_id": doc, "council": man[doc]["council"],
                      "raw_start": int(start), "reader_id": rid, "rules_first_id": first.get((doc, int(start)), "")})
    # r8idB: judged.csv with raw_start, reader_id, pred_id (first run)
    pool = R8 / "r8idB"
    man = _pool_manifest(pool)
    for r in csv.DictReader(open(pool / "judged.csv", encoding="utf-8")):
        if r["is_figure"] != "yes" or r["reader_id"] in ("ambiguous", "?"):
            continue
        items.append({"source": "r8", "pool": "r8idB", "half": r["half"], "doc_id": r["doc_id"],
                      "council": man[r["doc_id"]]["council"], "raw_start": int(r["raw_start"]),
                      "reader_id": r["reader_id"], "rules_first_id": r["pred_id"]})
    # r8idC: judged.csv keyed by (doc_id, surface, k): the k-th first-run row of that doc and surface
    pool = R8 / "r8idC"
    man = _pool_manifest(pool)
    starts: dict[tuple[str, str], list[int]] = {}
    for r in csv.DictReader(open(pool / "work" / "first_run.csv", encoding="utf-8")):
        starts.setdefault((r["doc_id"], r["surface"]), []).append(int(r["raw_start"]))
    for r in csv.DictReader(open(pool / "judged.csv", encoding="utf-8")):
        if r["is_figure"] != "1" or r["gold_id"] == "AMB" or not r["k"].isdigit():  # (missed: no first-run figure)
            continue
        start = starts[(r["doc_id"], r["surface"])][int(r["k"])]
        items.append({"source": "r8", "pool": "r8idC", "half": r["half"], "doc_id": r["doc_id"],
                      "council": man[r["doc_id"]]["council"], "raw_start": start,
                      "reader_id": r["gold_id"], "rules_first_id": r["pred_id"]})
    return items


def _judged_rows(pool: Path) -> list[dict]:
    """A pool's ``judged.csv`` rows, each replaced by its span's row of ``rejudged.csv`` where there is one (a later
    judgement; its ``pred_id`` kept from the first), then the rejudged spans the first judgement never saw, in order."""
    rows = list(csv.DictReader(open(pool / "judged.csv", encoding="utf-8")))
    rej = pool / "rejudged.csv"
    if not rej.exists():
        return rows
    key = lambda r: (r["doc_id"], r["raw_start"], r["raw_end"])  # noqa: E731
    later = {key(r): r for r in csv.DictReader(open(rej, encoding="utf-8"))}
    out = []
    for r in rows:
        j = later.pop(key(r), None)
        out.append(r if j is None else {**r, "is_figure": j["is_figure"], "reader_id": j["reader_id"]})
    out += [{**r, "half": "", "pred_id": ""} for r in later.values()]
    return out


def _rules_first(r: dict) -> str:
    """The id the rules alone gave a pool's figure on its first run: ``pred_id``, unless the pool says the learnt
    fallback gave it (``id_source`` ``learnt``: rounds 11-12; round 10's first runs had the fallback wired and do not say)."""
    return "" if (r.get("id_source") or "").strip() == "learnt" else (r.get("pred_id") or "").strip()


def _r9_items(half: str | None, root: Path = R9, pools: str = "r9*", source: str = "r9") -> list[dict]:
    """The id-judged figures of the pools ``root/<pools>`` (a comma-separated list of globs): those of ``half``, or of
    every half when ``half`` is None."""
    items = []
    for judged_csv in sorted({j for g in pools.split(",") for j in root.glob(f"{g}/judged.csv")}):
        pool = judged_csv.parent
        man = _pool_manifest(pool)
        for r in _judged_rows(pool):
            if half is not None and r.get("half", "") != half:  # (the other half is not kept)
                continue
            if str(r["is_figure"]).strip().lower() not in ("1", "yes", "y", "true") or not str(r["raw_start"]).isdigit():
                continue  # (not a figure, or one the first run missed)
            rid = (r.get("reader_id") or "").strip()
            if rid in ("?", "ambiguous", "AMB"):
                continue
            items.append({"source": source, "pool": pool.name, "half": r.get("half", ""), "doc_id": r["doc_id"],
                          "council": man[r["doc_id"]]["council"], "raw_start": int(r["raw_start"]),
                          "reader_id": rid, "rules_first_id": _rules_first(r)})
    return items


_RUN = r"""
import sys, warnings, json
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from analysis import corpus, figures
import analysis.figures.stage as stage
if hasattr(stage, "_learnt_ids"):  # the rules' ids alone (not the learnt second opinion, which these rows train)
    stage._learnt_ids = lambda *args: None  # (code before $CM_LEARNT_ID; the variable, set below, reaches workers)
warnings.simplefilter("ignore")
corpus.run(Path(sys.argv[2]), Path(sys.argv[3]))
figs, _ = figures.run(Path(sys.argv[2]), Path(sys.argv[3]))
cols = ["doc_id", "raw_start", "raw_end", "surface", "unit", "per", "is_change", "indicator", "indicator_id", "sentence"]
figs[cols].to_json(sys.argv[4], orient="records")
"""


def stage_env(environ: Mapping[str, str]) -> dict[str, str]:
    """(r41keys) The environment of the figures stage that builds the rows: ``environ`` without any ``CM_*`` variable (a
    shell's ``$CM_INDICATORS``, ``$CM_FIGURE_RULES`` (with the measure words beside it), ... would build rows of other
    configuration files than the committed ones (r42keys: the variables, :data:`analysis.paths.ENVIRONMENT`), and ``--verify`` or the sample test would report a drift that is not
    in the code), so the project's defaults are read, but for ``$CM_MODEL_CACHE`` (where fitted models are kept: no
    output depends on it), and with ``$CM_LEARNT_ID=off`` (the rules' ids alone: the rows train the learnt fallback).
    r41review: without ``$DASK_SCHEDULER`` too (``make`` exports it): a cluster's workers would run their own installed
    package, not the code in ``src``, and never see ``$CM_LEARNT_ID`` nor the stage patched in the subprocess; the
    build runs on this machine (:mod:`analysis.parallel`'s default).

    >>> sorted(stage_env({"PATH": "/bin", "CM_INDICATORS": "x.yml", "CM_MODEL_CACHE": "off", "DASK_SCHEDULER": "sync"}).items())
    [('CM_LEARNT_ID', 'off'), ('CM_MODEL_CACHE', 'off'), ('PATH', '/bin')]
    """
    env = {k: v for k, v in environ.items()
           if (not k.startswith("CM_") or k == "CM_MODEL_CACHE") and k != "DASK_SCHEDULER"}
    return {**env, "CM_LEARNT_ID": "off"}


def _stage_figures(src: Path, pages: list[tuple[str, tuple[Path, dict]]]) -> list[dict]:
    """The figures stage of the code in ``src`` on ``pages`` ((file name, (raw file, manifest row))), in a subprocess."""
    with tempfile.TemporaryDirectory(prefix="r9model-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        with open(raw / "manifest.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, ["file", "council", "committee", "meeting_date", "title", "source_url"])
            w.writeheader()
            for name, (path, row) in pages:
                shutil.copy(path, raw / name)
                w.writerow({"file": name, "council": row.get("council", ""), "committee": row.get("committee", ""),
                            "meeting_date": row.get("meeting_date", ""), "title": row.get("title", ""),
                            "source_url": row.get("source_url", "")})
        out = Path(tmp) / "figs.json"
        subprocess.run([sys.executable, "-c", _RUN, str(src), str(raw), str(Path(tmp) / "p"), str(out)], check=True,
                       env=stage_env(os.environ))
        return json.loads(out.read_text(encoding="utf-8"))


def build(src: Path, sources: list[str], check: bool = False, pages_of: frozenset[str] | None = None) -> list[dict]:
    """The rows of ``sources`` as the figures stage of the code in ``src`` finds them (sorted by source, pool, document,
    start). ``pages_of``: only the pages named ``pool--doc_id`` in it are run and only their rows kept (r40learnt: a
    sample, for the test that the committed rows are what the script builds; a page's figures do not depend on the
    other pages of the run, so a sample's rows are the full build's rows of those pages)."""
    items: list[dict] = []
    pages: dict[str, tuple[Path, dict]] = {}
    if "dev" in sources and not check:
        dev_items, _, manifest = _dev_items()
        items += dev_items
        for r in manifest:
            pages[f"dev--{Path(r['file']).stem}"] = (RW / "raw" / r["file"], r)
    if "r8" in sources and not check:
        items += _r8_items()
        for pool in ("r8idA", "r8idB", "r8idC"):
            for doc, r in _pool_manifest(R8 / pool).items():
                pages[f"{pool}--{doc}"] = (R8 / pool / "raw" / r["file"], r)
    if check:
        r9 = _r9_items("CHECK") if "r9" in sources else []
    else:
        r9 = ((_r9_items("TUNE") if "r9" in sources else [])
              + (_r9_items("CHECK", source="r9check") if "r9check" in sources else []))
    if r9:
        items += r9
        _add_pages(pages, R9, r9)
    if "r10" in sources and check:  # (round 10: the id pools' CHECK halves, for the one held-out check)
        r10 = _r9_items("CHECK", R10, "r10id*", "r10")
        items += r10
        _add_pages(pages, R10, r10)
    for source, (root, globs) in LATER.items():
        if source not in sources or check:
            continue
        later = _r9_items(None, root, globs, source)
        items += later
        _add_pages(pages, root, later)
    if "blind" in sources and not check:
        blind, blind_pages = _blind_items()
        items += blind
        pages.update(blind_pages)
    refuse_banned([it for it in items if it["source"] != "dev"], banned_councils())
    if pages_of is not None:
        pages = {k: v for k, v in pages.items() if k in pages_of}
        items = [it for it in items if f"{it['pool']}--{it['doc_id']}" in pages]
    figs = _stage_figures(src, [(f"{k}.txt", pages[k]) for k in sorted(pages)])
    by_doc: dict[str, list[dict]] = {}
    for f in figs:
        by_doc.setdefault(f["doc_id"], []).append(f)
    rows = []
    seen = set()
    for it in items:
        key = f"{it['pool']}--{it['doc_id']}"
        cands = by_doc.get(key, [])
        hit = figure_at(cands, it["raw_start"])
        if hit is None or (key, hit["raw_start"]) in seen:
            continue
        seen.add((key, hit["raw_start"]))
        text = pages[key][0].read_text(encoding="utf-8")
        a, b = hit["raw_start"], hit["raw_end"]
        rows.append({
            "source": it["source"], "pool": it["pool"], "half": it["half"], "doc_id": it["doc_id"],
            "council": council_key(it["council"]), "raw_start": a, "raw_end": b, "surface": hit["surface"],
            "unit": hit["unit"] or "", "per": hit["per"] or "", "is_change": bool(hit["is_change"]),
            "indicator": hit["indicator"] or "", "sentence": hit["sentence"] or "",
            "left": text[max(0, a - SIDE):a], "right": text[b:b + SIDE],
            "rules_id": hit["indicator_id"] or "",
            "rules_first_id": "" if str(it["rules_first_id"]) in _ABSENT else it["rules_first_id"],
            "reader_id": "" if str(it["reader_id"]) in _ABSENT else it["reader_id"],
        })
    rows.sort(key=lambda r: (r["source"], r["pool"], r["doc_id"], r["raw_start"]))
    return rows


def row_key(r: dict) -> tuple[str, str, str, str, str]:
    """A row's place: source, pool, document and the figure's raw span (start and end as text, as a csv holds them)."""
    return (r["source"], r["pool"], r["doc_id"], str(r["raw_start"]), str(r["raw_end"]))


def compare(committed: list[dict], built: list[dict], columns: tuple[str, ...] = FIT_COLUMNS) -> dict[str, int]:
    """How the ``committed`` rows differ from the ``built`` ones in ``columns`` (values compared as csv text): rows only
    in one (by :func:`row_key`: a figure found, lost or its span moved) and, per column, the rows of both that differ.
    Empty when they agree.

    >>> a = {"source": "dev", "pool": "dev", "doc_id": "x_1", "raw_start": 3, "raw_end": 5, "per": "", "unit": "count"}
    >>> compare([a], [{**a, "per": "10,000"}], ("unit", "per")), compare([a], [a], ("unit", "per"))
    ({'per': 1}, {})
    >>> compare([a], [{**a, "raw_end": 9}], ("unit",))
    {'only committed': 1, 'only built': 1}
    """
    old = {row_key(r): r for r in committed}
    new = {row_key(r): r for r in built}
    out = {"only committed": len(old.keys() - new.keys()), "only built": len(new.keys() - old.keys())}
    for c in columns:
        out[c] = sum(1 for k in old.keys() & new.keys() if str(old[k][c]) != str(new[k][c]))
    return {k: v for k, v in out.items() if v}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(ROOT / "src"), help="the src folder of the code to run (default: this one)")
    ap.add_argument("--sources", default=",".join(COMMITTED),
                    help="comma-separated: dev, r8, r9, r9check, r10-r14, r16, r18-r21, blind, or all (with --check: r9's and r10's "
                         "CHECK halves)")
    ap.add_argument("--check", action="store_true", help="round 9's CHECK halves only (the held-out check)")
    ap.add_argument("--out", help="write the rows here")
    ap.add_argument("--verify", metavar="CSV",
                    help="(r40learnt) build the rows and say how CSV (e.g. data/learnt_id_rows.csv) differs from them in "
                         "the columns the fit reads; exit 1 when it does")
    args = ap.parse_args(argv)
    if not args.out and not args.verify:
        ap.error("give --out, --verify or both")
    sources = list(SOURCES) if args.sources == "all" else args.sources.split(",")
    unknown = set(sources) - set(SOURCES)
    if unknown:
        ap.error(f"unknown source(s): {', '.join(sorted(unknown))}")
    rows = build(Path(args.src), sources, args.check)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        with open(args.out, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        n_id = sum(1 for r in rows if r["reader_id"])
        print(f"{len(rows)} rows ({n_id} with a reader's id) -> {args.out}", file=sys.stderr)
    if args.verify:
        with open(args.verify, encoding="utf-8", newline="") as f:
            diff = compare(list(csv.DictReader(f)), rows)
        print(f"{args.verify}: " + (", ".join(f"{k} {v}" for k, v in diff.items()) if diff else
                                     "the columns the fit reads are what this code builds"), file=sys.stderr)
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
