"""Round 43 (r43scale): the 10,500-document run's exact speed cuts keep every output and do what they say."""

from __future__ import annotations

import collections
import os
import time

import pandas as pd

from analysis import compare, parallel
from analysis.figures import stage


def _pids_of_batch(batch: list[int]) -> list[int]:
    """Top level (picklable): take a moment, as a batch of documents does, and say which process ran the batch."""
    time.sleep(0.4)
    return [os.getpid()]


def test_local_worker_processes_share_the_batches():
    """Every local worker takes its share of the batches: none takes six up front while another waits idle (Dask's
    default hand-out: on 2 cores the clean and figures stages ran three quarters of their work on one worker)."""
    n = os.cpu_count() or 1
    runs = parallel.map_batches(_pids_of_batch, list(range(4 * n)), scheduler="processes", partitions=4 * n)
    per_worker = collections.Counter(pid for pids in runs for pid in pids)
    assert sum(per_worker.values()) == 4 * n
    assert max(per_worker.values()) <= 5, per_worker


def _old_reporting_periods(numbers: pd.DataFrame) -> pd.DataFrame:
    """Round 42's code (a pandas group per document), kept to check the faster one against."""
    rows = []
    per = numbers[numbers["kind"] == "period"].sort_values(["doc_id", "raw_start"], kind="mergesort")
    for doc_id, g in per.groupby("doc_id", sort=True):
        best = stage.document_period([(int(a), str(s)) for a, s in zip(g["raw_start"], g["surface"])])
        if best is not None:
            rows.append({"doc_id": doc_id, "period": best})
    return pd.DataFrame(rows, columns=["doc_id", "period"])


def _numbers() -> pd.DataFrame:
    surfaces = ["Q2", "2025/26", "2023/24", "Quarter 3", "2024/25", "2022-27", "Q1", "2019/2020", "March"]
    rows = []
    for i in range(60):
        doc = f"doc{(i * 7) % 13:02d}"
        rows.append({"doc_id": doc, "kind": "period" if i % 5 else "count", "surface": surfaces[i % len(surfaces)],
                     "raw_start": (i * 37) % 200})
    rows.append({"doc_id": None, "kind": "period", "surface": "Q4", "raw_start": 5})  # no document: left out
    return pd.DataFrame(rows)


def test_reporting_periods_are_the_per_group_ones():
    """The one-pass reading gives the rows, order and dtypes of the per-group one, whatever the row order."""
    nums = _numbers()
    for frame in (nums, nums.sample(frac=1, random_state=0), nums.astype({"doc_id": "string"})):
        pd.testing.assert_frame_equal(stage.reporting_periods(frame), _old_reporting_periods(frame))
    assert stage.reporting_periods(nums.iloc[:0]).empty


def test_periods_by_document_joins_each_documents_periods_in_order():
    periods = pd.DataFrame({"doc_id": ["b", "a", "b", "b", None], "period": ["Q2 2024/25", "2023/24", "2024/25",
                                                                            "Q2 2024/25", "Q1"]}).astype("string")
    got = compare.periods_by_document(periods)
    want = periods.groupby("doc_id", sort=True)["period"].agg(lambda s: "; ".join(dict.fromkeys(map(str, s))))
    pd.testing.assert_series_equal(got, want)
    pd.testing.assert_index_equal(got.index, want.index, exact=True)
    assert got.to_dict() == {"a": "2023/24", "b": "Q2 2024/25; 2024/25"}


def test_a_quarter_alone_takes_the_year_of_its_own_documents_meeting(tmp_path):
    """The pages' "Q3" of a document with no months in its text is read with that document's meeting date (the first
    row of its id), whichever other documents the tables hold; a document the tables lack gives no year."""
    from analysis.report import Tables

    docs = pd.DataFrame({"doc_id": ["a", "b", "b", "c"], "meeting_date": ["2025-01-15", "2023-11-02", "2019-01-01",
                                                                         None]}).astype("string")
    tables = Tables(tmp_path, {"documents": docs})
    assert tables.period("Q3", "a").text == "Q3 2024/25"
    assert tables.period("Q3", "b").text == "Q3 2022/23"
    assert tables.period("Q3", "c").note == "no year named"
    assert tables.period("Q3", "z").note == "no year named"
    assert tables.period("Q2 2024/25", "a").text == "Q2 2024/25"
