"""Synthetic corpora and the pipeline benchmark (``make bench``).

Generating a corpus
    ``python -m analysis.bench generate --n 10500 --councils 21 --out DIR --seed 0`` writes ``DIR``
    as a raw folder (``.txt`` files and ``manifest.csv`` with councils, committees and meeting dates
    over ten years). Each document recombines paragraphs of the seed minutes (``data/raw``): a
    seed document's heading, then runs of consecutive paragraphs drawn from the seed documents
    written in the same layout (blank-line separated, one paragraph per line, or hard-wrapped), until
    it reaches about 300 words (200 to 400). Every number is re-rendered with new digits (years stay
    plausible years), so figures vary between documents. The output depends only on the seed
    corpus, ``n``, ``councils`` and ``seed``: the same arguments give byte-identical folders.

Benchmarking
    ``python -m analysis.bench run --sizes 1000,10500 --councils 21 --make 46:46,10500:21`` generates a
    corpus of each size and times every stage, each in a fresh subprocess so its peak memory
    (``VmHWM``) is its own: words per second, seconds and peak resident memory per stage and size;
    the report stage (every page in one process) with its cost per council on its own row; figure
    extraction against quantulum3's parser on the same segments, with the ratio; and the notebook
    overhead (papermill kernel start and nbconvert on a trivial notebook), measured apart from the
    stage work. ``--make`` times ``make all`` into empty output folders (and a second, no-op
    ``make all``) on generated corpora of ``DOCS:COUNCILS``. The table is printed and written to
    ``data/processed/bench/bench.csv`` and ``bench.md``.

This module is a tool, not a stage: no stage imports it, so editing it reruns nothing.
"""

from __future__ import annotations

import csv
import os
import sys
import io as _io
import re
import types
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from typing import TYPE_CHECKING, Any

import numpy as np

from .errors import PipelineError

if TYPE_CHECKING:
    import pandas as pd

#: Fictional place names for generated councils (combined with a council type).
PLACES = (
    "Ashcombe", "Barrowfield", "Caldermoor", "Dunsford", "Eastwick", "Fernleigh", "Greystone", "Hartwell",
    "Ivybridge Vale", "Kingsmere", "Longmarsh", "Millbrook", "Northcote", "Oakhurst", "Pennington", "Queensbury",
    "Redcliffe", "Stanmoor", "Thornbury", "Upfield", "Westerham", "Yarrowby", "Ambleside", "Brackenford",
)
COUNCIL_TYPES = ("County Council", "Borough Council", "City Council", "Metropolitan Borough Council")
COMMITTEES = (
    "Children and Young People Overview and Scrutiny Committee",
    "Children's Services Scrutiny Panel",
    "Children, Young People and Families Policy and Performance Board",
    "People Scrutiny Committee",
)
FIRST_DAY = date(2015, 1, 1)
DAYS = (date(2024, 12, 31) - FIRST_DAY).days + 1
TARGET_WORDS = (200, 400)


@dataclass(frozen=True)
class SeedDoc:
    """A seed document cut into paragraphs: its heading blocks, body blocks and block separator."""

    doc_id: str
    head: tuple[str, ...]
    body: tuple[str, ...]
    sep: str
    layout: str


def council_names(n: int) -> list[str]:
    """``n`` distinct fictional council names, always the same for the same ``n``.

    >>> council_names(3)
    ['Ashcombe County Council', 'Barrowfield Borough Council', 'Caldermoor City Council']
    """
    names = []
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        suffix = f" {i // len(PLACES) + 1}" if i >= len(PLACES) else ""
        names.append(f"{place}{suffix} {COUNCIL_TYPES[i % len(COUNCIL_TYPES)]}")
    return names


def _layout(text: str) -> str:
    """``blank`` (paragraphs separated by blank lines), ``wrapped`` (hard-wrapped) or ``lines``."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if "\n\n" in text.replace("\r\n", "\n"):
        return "blank"
    short = sum(1 for ln in lines if len(ln.split()) <= 16)
    return "wrapped" if lines and short / len(lines) > 0.7 else "lines"


def seed_documents(raw_dir: str | Path) -> list[SeedDoc]:
    """Cut each document of a (seed) corpus into heading and body paragraphs.

    The heading is everything up to and including a ``Minutes:`` line if the document has one,
    else its first two paragraphs.
    """
    from .corpus import load_corpus

    out = []
    for doc in load_corpus(raw_dir):
        text = doc.text.replace("\r\n", "\n")
        layout = _layout(text)
        if layout == "blank":
            blocks = [b.strip("\n") for b in re.split(r"\n[ \t\u00a0]*\n", text)]
            sep = "\n\n"
        else:
            blocks = text.split("\n")
            sep = "\n"
        blocks = [b for b in blocks if b.strip()]
        cut = next((i + 1 for i, b in enumerate(blocks[:8]) if b.strip().lower() == "minutes:"), 2)
        out.append(SeedDoc(doc.doc_id, tuple(blocks[:cut]), tuple(blocks[cut:]), sep, layout))
    if not out:
        raise PipelineError(f"{raw_dir}: no seed documents to recombine.")
    return out


_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d\d[/-]\d\d(?!\d)|\d+")


def vary_numbers(text: str, rng: np.random.Generator) -> str:
    """Re-render every run of digits with new random digits of the same length.

    Four-digit years (19xx, 20xx) become years from 2014 to 2025 (a financial year ``2023/24``
    stays a pair of consecutive years); a run starts with ``0`` exactly when it did (``07``); a
    percentage stays at most 100.

    >>> vary_numbers("68% of 1,250 in 2023", np.random.default_rng(0))
    '56% of 2,100 in 2016'
    """

    def render(m: re.Match[str]) -> str:
        s = m.group()
        if len(s) == 7:  # financial or academic year, 2023/24 or 2023-24
            year = int(rng.integers(2014, 2026))
            return f"{year}{s[4]}{(year + 1) % 100:02d}"
        if len(s) == 4 and s[:2] in ("19", "20"):
            return str(int(rng.integers(2014, 2026)))
        digits = rng.integers(0, 10, size=len(s))
        if len(s) > 1:  # keep a leading zero (07) a leading zero, and no other number gets one
            digits[0] = 0 if s[0] == "0" else int(rng.integers(1, 10))
        new = "".join(map(str, digits))
        after = text[m.end():m.end() + 1]
        if after == "%" and int(new) > 100:
            return s
        return new

    return _DIGITS.sub(render, text)


def generate_document(seeds: Sequence[SeedDoc], rng: np.random.Generator) -> str:
    """One synthetic minutes text: a seed heading, then runs of paragraphs in the same layout."""
    template = seeds[int(rng.integers(len(seeds)))]
    pool = [s for s in seeds if s.layout == template.layout and s.body] or [template]
    target = int(rng.integers(*TARGET_WORDS))
    blocks = list(template.head)
    words = sum(len(b.split()) for b in blocks)
    while words < target:
        source = pool[int(rng.integers(len(pool)))]
        run = int(rng.integers(2, 7))
        start = int(rng.integers(max(1, len(source.body) - run + 1)))
        for block in source.body[start:start + run]:
            blocks.append(block)
            words += len(block.split())
            if words >= target and template.layout != "wrapped":
                break
    return vary_numbers(template.sep.join(blocks), rng) + "\n"


def generate(n: int, out_dir: str | Path, *, councils: int = 20, seed: int = 0,
             seed_dir: str | Path | None = None) -> Path:
    """Write a synthetic raw folder of ``n`` documents across ``councils`` councils to ``out_dir``.

    Files are ``<council-slug>_<date>_<i>.txt`` (UTF-8); ``manifest.csv`` lists them sorted by
    file name. Returns ``out_dir``.
    """
    from . import paths
    from .names import slugify

    if n < 1 or councils < 1:
        raise PipelineError(f"generate: n ({n}) and councils ({councils}) must be at least 1.")
    seeds = seed_documents(paths.raw_dir(seed_dir) if seed_dir is None else seed_dir)
    names = council_names(councils)
    rng = np.random.default_rng(seed)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    rows = []
    width = len(str(n - 1))
    for i in range(n):
        # The first documents go to each council in turn, so every council has at least one when
        # n >= councils (46 councils' short minutes: --n 46 --councils 46); then at random.
        council = names[i] if i < councils else names[int(rng.integers(councils))]
        committee = COMMITTEES[names.index(council) % len(COMMITTEES)]
        day = FIRST_DAY + timedelta(days=int(rng.integers(DAYS)))
        text = generate_document(seeds, rng)
        file = f"{slugify(council)}_{day.isoformat()}_{i:0{width}d}.txt"
        (out / file).write_bytes(text.encode("utf-8"))
        title = text.split("\n", 1)[0].strip()[:120]
        rows.append((file, council, committee, day.isoformat(), title, ""))
    buf = _io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["file", "council", "committee", "meeting_date", "title", "source_url"])
    writer.writerows(sorted(rows))
    (out / "manifest.csv").write_bytes(buf.getvalue().encode("utf-8"))
    return out


# ----------------------------------------------------------------------------- measuring

#: Stages timed by :func:`run_benchmark`, in pipeline order. ``*-compute`` stages time only the
#: per-document functions, in one process, on inputs loaded before the clock starts; ``reports`` is
#: ``python -m analysis.report all`` (every page in one process); ``quantulum3`` times figure
#: extraction and quantulum3's parser on the same sample of segments.
STAGES = ("ingest+clean", "figures", "topics", "compare", "reports", "search-index", "search-query",
          "clean-compute", "figures-compute", "quantulum3")
#: Documents whose segments the quantulum3 comparison parses (quantulum3 is slow).
QUANTULUM_DOCS = 150
#: ... and at least this many words of segments (more documents are taken on corpora of short ones)
QUANTULUM_MIN_WORDS = 40_000
#: timing passes of each side of the quantulum3 comparison; the fastest (CPU seconds) is kept
QUANTULUM_REPEAT = 3
#: Queries timed by the ``search-query`` stage (issue 14); its row is the slowest of them.
SEARCH_QUERIES = ('"foster carers"', "social workers", "agency*", "children NOT care", "high needs OR deficit")
BENCH_DIR = "bench"


def peak_rss_mib() -> tuple[float, float]:
    """Peak resident memory (MiB) of this process (``VmHWM``) and of its largest finished child."""
    import resource

    own = 0.0
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    own = int(line.split()[1]) / 1024
    except OSError:  # not Linux: ru_maxrss is KiB on Linux, bytes on macOS; good enough here
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def corpus_words(raw_dir: str | Path) -> int:
    """Words (whitespace-separated tokens) in the texts of a corpus: the unit of throughput."""
    from .corpus import load_corpus

    return sum(len(d.text.split()) for d in load_corpus(raw_dir))


def measure_stage(stage: str, raw: str | Path, processed: str | Path) -> dict[str, float | str]:
    """Run one stage in this process and return its seconds, CPU seconds and import seconds.

    Meant to run in a fresh subprocess (``python -m analysis.bench stage ...``), so that the peak
    memory read at the end belongs to this stage alone.
    """
    import time

    t0 = time.perf_counter()
    seconds_override = None
    if stage == "ingest+clean":
        from . import clean, corpus  # noqa: F401  (import cost counted apart)

        t1 = time.perf_counter()
        c0 = _cpu()
        corpus.run(raw, processed)
    elif stage == "figures":
        from . import figures

        t1 = time.perf_counter()
        c0 = _cpu()
        figures.run(raw, processed)
    elif stage == "topics":
        from . import topics

        t1 = time.perf_counter()
        c0 = _cpu()
        topics.run(raw, processed)
    elif stage == "compare":
        from . import compare

        t1 = time.perf_counter()
        c0 = _cpu()
        compare.run(raw, processed)
    elif stage == "reports":
        import matplotlib

        from . import report

        matplotlib.use("Agg")
        t1 = time.perf_counter()
        c0 = _cpu()
        timings: dict[str, float] = {}
        report.render_all(raw, processed, Path(processed).parent / "reports", log=False, timings=timings)
        extra = {"councils": int(timings["councils"]), "council_seconds": timings["council_seconds"],
                 "other_seconds": timings["other_seconds"]}
    elif stage == "quantulum3":
        return compare_quantulum3(processed)
    elif stage == "search-index":
        from . import search

        t1 = time.perf_counter()
        c0 = _cpu()
        search.build_index(processed)
    elif stage == "search-query":  # the slowest of SEARCH_QUERIES, each with its counts and top 50
        from . import search

        with search.SearchIndex(search.index_path(processed)) as idx:
            t1 = time.perf_counter()
            c0 = _cpu()
            slowest = 0.0
            for q in SEARCH_QUERIES:
                start = time.perf_counter()
                res = idx.run(q, limit=50)
                idx.marks(res.query, res.hits["text"])
                idx.figures(res.hits)
                slowest = max(slowest, time.perf_counter() - start)
            seconds_override = slowest
    elif stage == "clean-compute":
        from . import clean, corpus

        docs = corpus.load_corpus(raw)
        t1 = time.perf_counter()
        c0 = _cpu()
        clean.clean_documents(docs)
    elif stage == "figures-compute":
        from . import corpus, figures
        from .io import read_table

        documents, segments = read_table("documents", processed), read_table("segments", processed)
        texts = corpus.load_texts(processed, documents["doc_id"].tolist())
        inds = figures.load_indicators()
        t1 = time.perf_counter()
        c0 = _cpu()
        figures.figures_from_segments(segments, texts, documents, inds)
    else:
        raise PipelineError(f"unknown stage {stage!r}; one of {', '.join(STAGES)}")
    seconds = time.perf_counter() - t1 if seconds_override is None else seconds_override
    cpu = _cpu() - c0
    own, child = peak_rss_mib()
    out = {"stage": stage, "seconds": seconds, "cpu_seconds": cpu, "import_seconds": t1 - t0,
           "peak_mib": own, "workers_peak_mib": child}
    if stage == "reports":
        out.update(extra)
    return out


def _text_cache_modules() -> list[types.ModuleType]:
    """``analysis.clean`` and every module of the ``analysis.figures`` package, found by walking the package
    (a module added later, or a memo added to a module not listed by hand, is not missed: round 16's
    ``learnt_id._stem`` was)."""
    import importlib
    import pkgutil

    from . import figures

    names = ["analysis.clean"] + sorted(f"analysis.figures.{m.name}" for m in pkgutil.iter_modules(figures.__path__))
    return [importlib.import_module(n) for n in names]


def _clear_text_caches() -> None:
    """Empty the per-text memo caches of clean and figures (``lru_cache`` of 1,024 entries or more),
    so that a repeated timing pass does the work again. Resource caches (the Punkt tokenizer, compiled
    matchers and rules: small ``maxsize``) stay, like quantulum3's loaded units and regexes."""
    for mod in _text_cache_modules():
        for obj in vars(mod).values():
            info = getattr(obj, "cache_info", None)
            if info is not None and (info().maxsize or 0) >= 1024:
                obj.cache_clear()


def quantulum3_sample(documents: "pd.DataFrame", segments: "pd.DataFrame", n_docs: int,
                      min_words: int) -> tuple["pd.DataFrame", "pd.DataFrame"]:
    """The documents and segments :func:`compare_quantulum3` times: the first ``n_docs`` documents by
    ``doc_id`` (more while their segments hold fewer than ``min_words`` words), and of their segments
    each distinct text once, where it first occurs. The synthetic corpus recombines five seed
    documents, so about half of its segments' words repeat a text seen before (real minutes: about
    1%); a repeat costs our per-text caches almost nothing while quantulum3 parses it again.

    >>> import pandas as pd
    >>> d = pd.DataFrame({"doc_id": ["b", "a"]})
    >>> s = pd.DataFrame({"doc_id": ["b", "a", "a", "b"], "text": ["x y", "x y", "z", "w"]})
    >>> docs, segs = quantulum3_sample(d, s, 1, 4)
    >>> docs["doc_id"].tolist(), segs[["doc_id", "text"]].values.tolist()
    (['a', 'b'], [['a', 'x y'], ['a', 'z'], ['b', 'w']])
    """
    all_docs = documents.sort_values("doc_id")
    order = {d: i for i, d in enumerate(all_docs["doc_id"])}
    segs = (segments.assign(_o=segments["doc_id"].map(order).fillna(len(order)))
            .sort_values("_o", kind="stable").drop(columns="_o"))
    segs = segs[~segs["text"].duplicated(keep="first")]
    per_doc = segs.assign(_w=segs["text"].map(lambda t: len(str(t).split()))).groupby("doc_id")["_w"].sum()
    cum = per_doc.reindex(all_docs["doc_id"].tolist()).fillna(0).cumsum()
    enough = int((cum < min_words).sum()) + 1
    chosen = all_docs.head(max(n_docs, enough))
    return chosen, segs[segs["doc_id"].isin(chosen["doc_id"])]


def find_quantities(texts: Sequence[str]) -> int:
    """The part of figure extraction that does what quantulum3's parser does: each number of each text
    found, with its value and span, told a figure or not (:func:`analysis.figures.kinds.scan`: dates,
    references and list numbers are not figures), and each figure's unit
    (:func:`analysis.figures.context.unit_of`). What it measures, its id, direction, comparator and
    status (the rest of :func:`analysis.figures.figures_from_segments`) are not read. Returns the
    number of figures found (what the example below checks; the timing discards it).

    >>> find_quantities(["Of 412 children, 68% had a plan on 3 May 2024.", "No numbers here."])
    2
    """
    from .figures.context import unit_of
    from .figures.kinds import scan
    from .figures.rules import load_rules

    rules = load_rules()
    n = 0
    for text in texts:
        for h in scan(text, rules):
            if h.kind == "figure":
                unit_of(text, h, 0, rules)
                n += 1
    return n


def compare_quantulum3(processed: str | Path, n_docs: int = QUANTULUM_DOCS, repeat: int = QUANTULUM_REPEAT) -> dict[str, Any]:
    """CPU seconds of our figure extraction and of quantulum3's parser on the same segments.

    The segments of the first ``n_docs`` documents (by ``doc_id``) of a processed folder (at least
    ``QUANTULUM_MIN_WORDS`` words: more documents are taken while there are fewer), each distinct
    text once (the first time it occurs: a repeated text would be nearly free to our per-text
    caches, and the synthetic corpus repeats about half of its words): our extraction
    is ``figures.figures_from_segments`` (what the figures stage runs per document), quantulum3's is
    ``quantulum3.parser.parse`` on each segment's text, with its classifier off
    (``quantulum3.classifier.USE_CLF = False``: its pickled model does not load with our
    scikit-learn). Both in this process, one after the other, after a warm-up on the first 50
    segments (loading resources: our Punkt tokenizer and matchers, quantulum3's units). Each is
    timed ``repeat`` times in CPU seconds of this process (``time.process_time``: other jobs on the
    machine do not count) and the fastest pass is kept; before each of our passes the per-text memo
    caches are emptied (:func:`_clear_text_caches`), so every pass does the whole work. The same
    segments are also timed through :func:`find_quantities` alone (``find_seconds``, ``find_ratio``):
    the share of our work that quantulum3's parser also does (numbers, values, spans, units), so a
    reader sees what the rest (what each figure measures, its id, direction, comparator, status) costs.
    """
    import time

    import quantulum3.classifier
    from quantulum3 import parser

    from . import corpus, figures
    from .io import read_table

    quantulum3.classifier.USE_CLF = False
    documents, segments = quantulum3_sample(read_table("documents", processed), read_table("segments", processed),
                                            n_docs, QUANTULUM_MIN_WORDS)
    texts = corpus.load_texts(processed, documents["doc_id"].tolist())
    inds = figures.load_indicators()
    words = int(sum(len(str(t).split()) for t in segments["text"]))
    seg_texts = [str(t) for t in segments["text"]]
    figures.figures_from_segments(segments.head(50), texts, documents, inds)
    for text in seg_texts[:50]:
        parser.parse(text)

    def best(run: Any, before: Any = None) -> float:
        times = []
        for _ in range(max(1, repeat)):
            if before is not None:
                before()
            t0 = time.process_time()
            run()
            times.append(time.process_time() - t0)
        return min(times)

    ours = best(lambda: figures.figures_from_segments(segments, texts, documents, inds), _clear_text_caches)
    find = best(lambda: find_quantities(seg_texts), _clear_text_caches)
    theirs = best(lambda: [parser.parse(t) for t in seg_texts])
    return {"stage": "quantulum3", "documents": len(documents), "segments": len(segments), "words": words,
            "repeat": repeat, "figures_seconds": ours, "quantulum3_seconds": theirs,
            "ratio": theirs / ours if ours else float("nan"), "find_seconds": find,
            "find_ratio": theirs / find if find else float("nan")}


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children (worker processes)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _run_json(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float | str]:
    import json
    import subprocess

    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise PipelineError(f"benchmark step failed: {' '.join(cmd)}\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _timed(cmd: list[str], cwd: str | Path | None = None) -> dict[str, float]:
    """Wall seconds, CPU seconds (of every process it started and waited for) and the children's peak
    memory of an external command (fresh helper process)."""
    import json
    import subprocess
    import sys

    code = (
        "import json, resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(json.loads(sys.argv[1]), cwd=sys.argv[2] or None, capture_output=True, text=True)\n"
        "s = time.perf_counter() - t\n"
        "if p.returncode: sys.stderr.write(p.stdout[-3000:] + p.stderr[-5000:]); sys.exit(p.returncode)\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps({'seconds': s, 'cpu_seconds': r.ru_utime + r.ru_stime, 'workers_peak_mib': r.ru_maxrss / 1024}))\n"
    )
    import os

    # A make started from `make bench` must behave like one a user starts: no inherited job server.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES")}
    proc = subprocess.run([sys.executable, "-c", code, json.dumps(cmd), str(cwd or "")], capture_output=True,
                          text=True, env=env)
    if proc.returncode != 0:
        raise PipelineError(f"benchmark step failed: {' '.join(cmd)}\n{proc.stderr[-6000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def notebook_overhead(work: str | Path, kernel: str = "council-minutes") -> list[dict[str, float | str]]:
    """Seconds of papermill (kernel start, one trivial cell) and nbconvert on a trivial notebook.

    This is what every stage notebook pays on top of its stage's work; each stage's imports are
    measured apart (``import_seconds``).
    """
    import sys

    import nbformat

    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell("raw_dir = None\nprocessed_dir = None")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("print(raw_dir)")]
    nb.metadata["kernelspec"] = {"name": kernel, "display_name": "Python (council-minutes)", "language": "python"}
    src, out = work / "trivial.ipynb", work / "trivial.out.ipynb"
    nbformat.write(nb, src)
    pm = _timed([sys.executable, "-m", "papermill", "--kernel", kernel, "--log-level", "WARNING",
                 str(src), str(out), "-p", "raw_dir", "x"])
    conv = _timed([sys.executable, "-m", "jupyter", "nbconvert", "--to", "html", "--log-level", "WARN",
                   "--output-dir", str(work), str(out)])
    return [
        {"stage": "notebook: papermill (kernel start)", "seconds": pm["seconds"], "workers_peak_mib": pm["workers_peak_mib"]},
        {"stage": "notebook: nbconvert to html", "seconds": conv["seconds"], "workers_peak_mib": conv["workers_peak_mib"]},
    ]


def make_args(raw: Path, root: Path) -> list[str]:
    """``make`` variables that send every output of a run to ``root``."""
    return [f"RAW_DIR={raw}", f"PROCESSED_DIR={root / 'processed'}", f"REPORTS_DIR={root / 'reports'}",
            f"BUILD_DIR={root / 'build'}"]


def time_make(raw: Path, root: Path, jobs: int = 1, councils: int | None = None) -> list[dict[str, Any]]:
    """Seconds of ``make all`` (``-j jobs``) into empty output folders on ``raw`` (outputs under
    ``root``), then of a second, no-op ``make all``. The environment is not rebuilt (it exists)."""
    import shutil

    from . import paths

    for sub in ("processed", "reports", "build"):
        shutil.rmtree(root / sub, ignore_errors=True)
    # (r40cache) the fitted theme models are cached between processes; the first run fits them as a user's first
    # run does (its own, empty cache under root/build), so the time compares with the rounds before the cache
    base = ["make", "-C", str(paths.PROJECT_ROOT), *make_args(raw, root), f"CM_MODEL_CACHE={root / 'build' / 'model-cache'}"]
    first = _timed([*base, *([f"-j{jobs}"] if jobs > 1 else []), "all"])
    again = _timed([*base, "all"])
    label = f"make{f' -j{jobs}' if jobs > 1 else ''} all, empty output folders" + (f" ({councils} councils)" if councils else "")
    return [
        {"stage": label, "seconds": first["seconds"], "cpu_seconds": first.get("cpu_seconds"),
         "workers_peak_mib": first["workers_peak_mib"]},
        {"stage": "make all again (nothing to do)", "seconds": again["seconds"], "cpu_seconds": again.get("cpu_seconds"),
         "workers_peak_mib": again["workers_peak_mib"]},
    ]


COLUMNS = ("n_docs", "words", "stage", "seconds", "cpu_seconds", "words_per_s", "peak_mib", "workers_peak_mib",
           "import_seconds", "note")


def generated(n: int, work: Path, councils: int, seed: int) -> Path:
    """A generated raw folder for ``n`` documents under ``work``, made once and reused."""
    raw = work / (f"n{n}" if councils == 21 else f"n{n}-c{councils}") / "raw"
    stamp = raw / ".generated"
    key = f"n={n} councils={councils} seed={seed}\n"
    if not (stamp.exists() and stamp.read_text(encoding="utf-8") == key):
        generate(n, raw, councils=councils, seed=seed)
        stamp.write_text(key, encoding="utf-8")
    return raw


def run_benchmark(sizes: Sequence[int], *, councils: int = 21, seed: int = 0, work: str | Path | None = None,
                  stages: Sequence[str] = STAGES, notebooks: bool = True,
                  make_corpora: Sequence[tuple[int, int]] = (), jobs: int = 1, log: bool = True) -> "pd.DataFrame":
    """Time every stage at every size (each stage in a fresh subprocess); return the table.

    Rows: one per (size, stage), a derived ``clean+figures-compute`` row, the report stage's cost
    per council on its own row, figure extraction against quantulum3 on the same segments (with the
    ratio), the notebook overhead (once) and, for each ``(documents, councils)`` of
    ``make_corpora``, ``make all`` into empty output folders and again (nothing to do).
    """
    import sys
    import tempfile

    import pandas as pd

    work = Path(work) if work is not None else Path(tempfile.mkdtemp(prefix="cm-bench-"))
    rows: list[dict[str, object]] = []

    def add(n: int, words: int, rec: dict[str, Any]) -> None:
        row: dict[str, object] = {c: None for c in COLUMNS}
        row.update({k: v for k, v in rec.items() if k in COLUMNS})
        row.update(n_docs=n, words=words)
        sec = rec.get("seconds")
        if words and sec and not str(rec["stage"]).startswith(("notebook", "make all again", "reports per council")):
            row["words_per_s"] = words / float(sec)
        rows.append(row)
        if log:
            print(f"  n={n:>6} {rec['stage']:<48} {float(sec or 0):8.2f} s  {rec.get('note') or ''}", file=sys.stderr,
                  flush=True)

    for n in sizes:
        raw = generated(n, work, councils, seed)
        words = corpus_words(raw)
        processed = raw.parent / "processed"
        by_stage = {}
        for stage in stages:
            # (r40cache) each stage fits what it fits without the bench (no model cache), as in the rounds before
            rec = _run_json([sys.executable, "-m", "analysis.bench", "stage", stage, "--raw", str(raw),
                             "--processed", str(processed)], env={**os.environ, "CM_MODEL_CACHE": "off"})
            by_stage[stage] = rec
            if stage == "quantulum3":
                ours, theirs = float(rec["figures_seconds"]), float(rec["quantulum3_seconds"])
                w, d, r = int(rec["words"]), int(rec["documents"]), int(rec.get("repeat", 1))
                add(n, w, {"stage": f"figure extraction ({d} documents' segments)", "seconds": ours, "cpu_seconds": ours,
                           "note": f"CPU seconds, fastest of {r} passes"})
                find = float(rec["find_seconds"])
                add(n, w, {"stage": "finding figures and units alone (same segments)", "seconds": find, "cpu_seconds": find,
                           "note": f"{float(rec['find_ratio']):.0f}x quantulum3's words/s: the part of extraction quantulum3 "
                                   "also does (numbers, spans, figure or not, unit); the rest reads what each measures"})
                add(n, w, {"stage": "quantulum3.parser.parse (same segments)", "seconds": theirs, "cpu_seconds": theirs,
                           "note": f"figure extraction is {float(rec['ratio']):.0f}x quantulum3's words/s "
                                   f"(same segments, CPU seconds, fastest of {r})"})
                continue
            if stage == "reports":
                rec = dict(rec, stage="reports (python -m analysis.report all)",
                           note=f"{rec['councils']} councils; comparison + index {float(rec['other_seconds']):.1f} s")
            add(n, words, rec)
            if stage == "reports":
                k = max(int(rec["councils"]), 1)
                add(n, words, {"stage": "reports per council", "seconds": float(rec["council_seconds"]) / k,
                               "note": f"{float(rec['council_seconds']):.1f} s for {k} council pages (tables loaded once)"})
        if "figures-compute" in by_stage and "quantulum3" in by_stage:
            q = by_stage["quantulum3"]
            ours = words / float(by_stage["figures-compute"]["cpu_seconds"])
            theirs = int(q["words"]) / float(q["quantulum3_seconds"])
            add(n, words, {"stage": "figure extraction vs quantulum3", "note":
                           f"same segments: {float(q['ratio']):.0f}x (the measure); figures-compute on the whole "
                           f"corpus {ours:,.0f} words per CPU second, one pass = {ours / theirs:.0f}x quantulum3's "
                           f"{theirs:,.0f}"})
        if "clean-compute" in by_stage and "figures-compute" in by_stage:
            a, b = by_stage["clean-compute"], by_stage["figures-compute"]
            add(n, words, {"stage": "clean+figures-compute", "seconds": float(a["seconds"]) + float(b["seconds"]),
                           "cpu_seconds": float(a["cpu_seconds"]) + float(b["cpu_seconds"]),
                           "peak_mib": max(float(a["peak_mib"]), float(b["peak_mib"]))})
    if notebooks:
        for rec in _optional("notebook overhead", notebook_overhead, work / "notebook"):
            add(0, 0, rec)
    for n, k in make_corpora:
        raw = generated(n, work, k, seed)
        words = corpus_words(raw)
        for rec in _optional("make all", time_make, raw, raw.parent.parent / f"make-n{n}-c{k}", jobs, k):
            add(n, words, rec)
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _optional(what: str, func: Any, *args: Any) -> list[dict[str, float | str]]:
    """Run a measurement that needs the notebooks or make; on failure, warn and give a row saying so."""
    try:
        out = func(*args)
    except PipelineError as exc:
        print(f"warning: {what} not measured: {str(exc)[-1500:]}", file=sys.stderr)
        return [{"stage": f"{what} (failed, see log)"}]
    return out if isinstance(out, list) else [out]


def scaling(table: "pd.DataFrame") -> "pd.DataFrame":
    """Per stage: seconds per 1,000 documents at each size and the growth exponent ``b`` of
    ``seconds ~ N^b`` between the smallest and largest size (``b == 1`` is linear).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"n_docs": [100, 1000], "stage": ["x", "x"], "seconds": [0.5, 5.0]})
    >>> scaling(t).to_dict("records")
    [{'stage': 'x', 's_per_1000_docs@100': 5.0, 's_per_1000_docs@1000': 5.0, 'exponent': 1.0}]
    """
    import math

    import pandas as pd

    t = table[table["n_docs"] > 0]
    out = []
    for stage, g in t.groupby("stage", sort=False):
        g = g.sort_values("n_docs")
        if g["n_docs"].nunique() < 2 or str(stage).startswith("make"):
            continue
        rec: dict[str, object] = {"stage": stage}
        for n, s in zip(g["n_docs"], g["seconds"]):
            rec[f"s_per_1000_docs@{n}"] = round(1000 * float(s) / int(n), 3)
        (n0, s0), (n1, s1) = (g.iloc[0]["n_docs"], g.iloc[0]["seconds"]), (g.iloc[-1]["n_docs"], g.iloc[-1]["seconds"])
        rec["exponent"] = round(math.log(float(s1) / float(s0)) / math.log(int(n1) / int(n0)), 2)
        out.append(rec)
    return pd.DataFrame(out)


def _fmt(v: object, digits: int = 2) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, float):
        return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:.{digits}f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def markdown(table: "pd.DataFrame") -> str:
    """The benchmark table (and the scaling table) as Markdown."""
    import os
    import platform

    def md(df: "pd.DataFrame") -> str:
        cols = list(df.columns)
        lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
        for rec in df.to_dict("records"):
            lines.append("| " + " | ".join(_fmt(rec[c]) for c in cols) + " |")
        return "\n".join(lines)

    parts = [
        f"# Benchmark\n\nPython {platform.python_version()} on {os.cpu_count()} cores. Seconds are wall-clock; "
        "peak_mib is the stage process's peak resident memory (VmHWM), workers_peak_mib the largest child "
        "process (Dask workers, kernels). import_seconds is the stage's imports, paid once per notebook.\n",
        md(table.astype(object).where(table.notna(), None)),
    ]
    sc = scaling(table)
    if len(sc):
        parts += ["\n## Growth with corpus size\n\nexponent b in seconds ~ N^b between the smallest and "
                  "largest corpus (1 = linear).\n", md(sc.astype(object))]
    return "\n".join(parts) + "\n"


def write_results(table: "pd.DataFrame", out_dir: str | Path) -> tuple[Path, Path]:
    """Write ``bench.csv`` and ``bench.md`` to ``out_dir`` (atomically)."""
    from .io import write_text

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    csv_path = write_text(out / "bench.csv", table.to_csv(index=False, lineterminator="\n", float_format="%.4f"))
    md_path = write_text(out / "bench.md", markdown(table))
    return csv_path, md_path


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``generate``, ``run`` and (internal) ``stage``."""
    import argparse
    import json

    from . import paths

    ap = argparse.ArgumentParser(prog="python -m analysis.bench", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate", help="write a synthetic raw folder")
    g.add_argument("--n", type=int, required=True, help="number of documents")
    g.add_argument("--councils", type=int, default=20)
    g.add_argument("--seed", type=int, default=0)
    g.add_argument("--out", required=True, help="folder to write (its .txt files are replaced)")
    g.add_argument("--seed-dir", default=None, help="seed corpus to recombine (default data/raw)")
    r = sub.add_parser("run", help="time every stage at each size and write the table")
    r.add_argument("--sizes", default="1000,10500", help="comma-separated numbers of documents")
    r.add_argument("--councils", type=int, default=21)
    r.add_argument("--seed", type=int, default=0)
    r.add_argument("--work", default=None, help="scratch folder for corpora and outputs (default: a temp folder)")
    r.add_argument("--out", default=None, help="where bench.csv/bench.md go (default: <processed>/bench)")
    r.add_argument("--stages", default=",".join(STAGES))
    r.add_argument("--no-notebooks", action="store_true", help="skip the notebook overhead")
    r.add_argument("--make", default="", help="corpora to time make all on, as DOCS:COUNCILS,... (e.g. 46:46,10500:21)")
    r.add_argument("--jobs", type=int, default=1, help="make -j for the make all runs (1: plain make all)")
    s = sub.add_parser("stage", help="(internal) run one stage and print its measurements as JSON")
    s.add_argument("stage", choices=STAGES)
    s.add_argument("--raw", required=True)
    s.add_argument("--processed", required=True)
    args = ap.parse_args(argv)
    try:
        if args.cmd == "generate":
            generate(args.n, args.out, councils=args.councils, seed=args.seed, seed_dir=args.seed_dir)
            print(f"wrote {args.n} documents across {args.councils} councils to {args.out}")
        elif args.cmd == "stage":
            print(json.dumps(measure_stage(args.stage, args.raw, args.processed)))
        else:
            sizes = [int(x) for x in args.sizes.replace(" ", "").split(",") if x]
            corpora = [tuple(int(v) for v in x.split(":")) for x in args.make.replace(" ", "").split(",") if x]
            table = run_benchmark(sizes, councils=args.councils, seed=args.seed, work=args.work,
                                  stages=[x for x in args.stages.split(",") if x], notebooks=not args.no_notebooks,
                                  make_corpora=corpora, jobs=args.jobs)
            out = Path(args.out) if args.out else paths.processed_dir() / BENCH_DIR
            write_results(table, out)
            print(markdown(table))
            print(f"written to {out / 'bench.csv'} and {out / 'bench.md'}")
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
