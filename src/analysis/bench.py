"""Synthetic corpora and the pipeline benchmark (``make bench``).

Generating a corpus
    ``python -m analysis.bench generate --n 10000 --councils 20 --out DIR --seed 0`` writes ``DIR``
    as a raw folder (``.txt`` files and ``manifest.csv`` with councils, committees and meeting dates
    over ten years). Each document recombines paragraphs of the seed minutes (``data/raw``): a
    seed document's heading, then runs of consecutive paragraphs drawn from the seed documents
    written in the same layout (blank-line separated, one paragraph per line, or hard-wrapped), until
    it reaches about 300 words (200 to 400). Every number is re-rendered with new digits (years stay
    plausible years), so figures vary between documents. The output depends only on the seed
    corpus, ``n``, ``councils`` and ``seed``: the same arguments give byte-identical folders.

Benchmarking
    ``python -m analysis.bench run --sizes 100,1000,10000`` generates a corpus of each size and
    times every stage, each in a fresh subprocess so its peak memory (``VmHWM``) is its own:
    words per second, seconds and peak resident memory per stage and size, plus the notebook
    overhead (papermill kernel start and nbconvert on a trivial notebook), measured apart from the
    stage work. ``--make`` also times ``make all`` end to end on the largest corpus. The table is
    printed and written to ``data/processed/bench/bench.csv`` and ``bench.md``.
"""

from __future__ import annotations

import csv
import io as _io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from .errors import PipelineError

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
    stays a pair of consecutive years); a run that did not start with ``0`` does not start with
    ``0``; a percentage stays at most 100.

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
        if s[0] != "0" and len(s) > 1:
            digits[0] = int(rng.integers(1, 10))
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
    from .corpus import slugify

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
        council = names[int(rng.integers(councils))]
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
