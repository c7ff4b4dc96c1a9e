"""Round 40 (r40learnt): the committed training rows of the learnt id fallback are what their script builds.

``data/learnt_id_rows.csv`` trains :mod:`analysis.figures.learnt_id`; ``scripts/learnt_id_rows.py`` builds it by
running the figures stage on the judged pages. Round 15's rows had drifted from the code (the stage had since moved 429
rows' phrase, unit, per, is_change or span, found 5 figures more and merged 2 into ranges), so a researcher rerunning the
script got another model. These tests fail when the columns the fit reads no longer match a build of today's code on
every page (one in eight until round 44; the whole rebuild takes about 15 s: ``scripts/learnt_id_rows.py
--verify data/learnt_id_rows.csv``). When one fails after a change of the figures stage, rebuild the rows
(``scripts/learnt_id_rows.py --out data/learnt_id_rows.csv``), measure the open sets and say so in the notes.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from analysis.figures import learnt_id
from learnt_rows import builder, committed

ROOT = Path(__file__).resolve().parents[1]
#: one page in SAMPLE_EVERY is rebuilt (by a checksum of its pool and document: the same pages every run). Round 44: every
#: page (1): with one in eight, a fitted row's drift (r8idA hartlepool_2's phrase) went unseen for three rounds; the
#: whole build costs about 12 s of CPU
SAMPLE_EVERY = 1


def _page(r: dict) -> str:
    return f"{r['pool']}--{r['doc_id']}"


def test_the_fit_columns_are_the_models_columns():
    # what --verify and the sample test compare is what the fit reads, no more and no less
    assert set(builder().FIT_COLUMNS) == set(learnt_id.ROW_COLUMNS)


def test_compare_names_each_drifting_column_and_moved_rows():
    b = builder()
    row = {"source": "dev", "pool": "dev", "doc_id": "oldshire_1", "raw_start": "10", "raw_end": "13",
           "indicator": "children in care", "sentence": "There were 412 children in care.", "left": "There were ",
           "right": " children in care.", "unit": "count", "per": "", "is_change": "False", "reader_id": "children_in_care",
           "rules_id": "children_in_care"}
    assert b.compare([row], [dict(row)]) == {}
    # the rules' id is a snapshot the fit never reads: not a drift
    assert b.compare([row], [{**row, "rules_id": ""}]) == {}
    # the stage's phrase or per moved: the model would change
    assert b.compare([row], [{**row, "indicator": "children", "per": "10,000"}]) == {"indicator": 1, "per": 1}
    # a built row's is_change is a bool, the csv's its text
    assert b.compare([row], [{**row, "is_change": False, "raw_start": 10, "raw_end": 13}]) == {}
    # the figure's span moved ("2" -> "2 or 3"): one row lost, one found
    assert b.compare([row], [{**row, "raw_end": "19"}]) == {"only committed": 1, "only built": 1}


def test_the_committed_rows_are_what_the_script_builds_on_a_sample_of_pages():
    b = builder()
    rows = committed()
    pages = frozenset(p for p in {_page(r) for r in rows} if zlib.crc32(p.encode()) % SAMPLE_EVERY == 0)
    assert len(pages) >= 40, "the sample holds pages of several pools"
    built = b.build(ROOT / "src", list(b.COMMITTED), pages_of=pages)
    assert built and {_page(r) for r in built} <= pages
    diff = b.compare([r for r in rows if _page(r) in pages], built)
    assert not diff, (f"data/learnt_id_rows.csv is not what scripts/learnt_id_rows.py builds from this code on "
                      f"{len(pages)} sampled pages ({diff}): rebuild it (--out data/learnt_id_rows.csv) and measure")
