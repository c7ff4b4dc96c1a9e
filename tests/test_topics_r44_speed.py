"""Round 44 (r44topics): the topics stage tokenises each text once per run and codes the segments' themes on worker
processes for a large corpus, with the same results."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import parallel, themes as TH, topics as T
from theme_frames import shipped_codebook

#: three documents of a few segments each: headings that lend their theme, bullets, procedure, a news article
ROWS = {
    "c_doc": [("title", None, "Fostering Service"), ("paragraph", "Fostering Service", "The following points were made:"),
              ("bullet", "Fostering Service", "Work had started on the new recruitment offer."),
              ("paragraph", "Fostering Service", "Apologies for absence were received.")],
    "a_doc": [("title", None, "SEND Strategy"), ("paragraph", "SEND Strategy", "EHCP timeliness had improved to 60%."),
              ("bullet", "SEND Strategy", "The new special school would open in September."),
              ("paragraph", "Budget", "The high needs block deficit was discussed.")],
    "b_doc": [("paragraph", None, "Foster carers are needed, the council said."),
              ("paragraph", None, "Cllr Smith said it was a priority for the borough."),
              ("paragraph", None, "She added that more families had come forward this year than last.")],
}


def _segments() -> pd.DataFrame:
    rows = [(d, i, k, h, t) for d, rs in ROWS.items() for i, (k, h, t) in enumerate(rs)]
    frame = pd.DataFrame(rows, columns=["doc_id", "seq", "kind", "heading", "text"])
    return frame.sample(frac=1.0, random_state=3).reset_index(drop=True)  # documents and segments out of order


@pytest.mark.parametrize("scheduler", ["processes", "threads"])
def test_segments_coded_on_workers_get_the_same_themes_in_the_order_given(scheduler: str) -> None:
    cb = shipped_codebook()
    segs = _segments()
    docs = pd.DataFrame({"doc_id": ["a_doc", "b_doc", "c_doc"], "title": ["SEND", None, "Fostering"]})
    here = TH.code_segments(segs, docs, cb)
    there = TH.code_segments_by_document(segs, docs, cb, scheduler=scheduler, min_items=1)
    assert there == here
    assert len({m.theme for m in here}) >= 3  # the frame is not all one theme


def _stage_inputs() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The documents and segments tables the topics stage reads, for the frame of :func:`_segments` (r44review P5:
    built once here, not in each test)."""
    segs = _segments()
    segs["segment_id"] = [f"{d}-{s}" for d, s in zip(segs["doc_id"], segs["seq"])]
    segs["n_words"] = [len(t.split()) for t in segs["text"]]
    segs["raw_start"], segs["raw_end"] = 0, 1
    docs = pd.DataFrame({"doc_id": ["a_doc", "b_doc", "c_doc"], "title": ["SEND", None, "Fostering"],
                         "council": ["A", "B", "C"], "council_slug": ["a", "b", "c"],
                         "meeting_date": ["2024-01-05", None, "2024-05-01"]})
    return docs, segs


def test_the_stage_tables_are_the_same_with_the_themes_coded_on_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    docs, segs = _stage_inputs()
    here = T.process(docs, segs, n_topics=2)
    seen: list[str] = []
    real = parallel.map_frames

    def spy(*args, **kwargs):
        seen.append(parallel.resolve_scheduler(kwargs.get("scheduler"), 3, kwargs["min_items"]).kind)
        return real(*args, **kwargs)

    monkeypatch.setattr(TH, "CODE_ON_WORKERS_MIN_DOCUMENTS", 2)  # three documents count as a large corpus
    monkeypatch.setattr(parallel, "map_frames", spy)
    there = T.process(docs, segs, n_topics=2)
    assert seen == ["processes"]
    for name, table in here.tables.items():
        pd.testing.assert_frame_equal(there.tables[name], table, check_exact=True)


def test_the_words_memo_is_the_runs_own_and_each_caller_gets_its_own_list() -> None:
    text = "Foster carers met the Panel. Then SEND was discussed."
    first = T.words(text)
    with T.words_memo():
        mine = T.words(text)
        mine.clear()  # a caller changing its list changes nobody else's
        again = T.words(text)
        assert again == first and again is not T.words(text)
        assert T._WORDS_MEMO is not None and text in T._WORDS_MEMO
    assert T._WORDS_MEMO is None  # dropped with the run: nothing is kept for the next one


def test_the_words_memo_is_emptied_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(T, "WORDS_MEMO_MAX", 3)
    with T.words_memo():
        for i in range(10):
            assert [w.lower for w in T.words(f"Item a{i} noted")] == ["item", f"a{i}", "noted"]
            assert len(T._WORDS_MEMO) <= 3


def test_a_corpus_below_the_threshold_is_coded_here_unless_a_scheduler_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(parallel.SCHEDULER_ENV, raising=False)
    called: list[str] = []
    monkeypatch.setattr(parallel, "map_frames", lambda *a, **k: called.append("workers"))
    cb = shipped_codebook()
    segs = _segments()
    assert TH.code_segments_by_document(segs, None, cb) == TH.code_segments(segs, None, cb)
    assert called == []


def test_the_stage_drops_its_memo() -> None:
    docs, segs = _stage_inputs()
    T.process(docs, segs, n_topics=2)
    assert T._WORDS_MEMO is None and T._GIVEN_SCORES is None


def test_scores_given_by_the_workers_are_the_ones_computed_here() -> None:
    """The scores the workers send back (analysis.topics.scores_of) are what theme_scores computes in this process."""
    cb = shipped_codebook()
    segs = _segments()
    given: dict = {}
    TH.code_segments_by_document(segs, None, cb, scheduler="processes", min_items=1, scores=given)
    assert set(given) == set(segs["text"])
    for text, (scores, found) in given.items():
        assert T.theme_scores(text, cb) == (scores[:len(cb.themes)], found[:len(cb.themes)])
        assert T.procedure_score(text, cb) == scores[len(cb.themes)]
