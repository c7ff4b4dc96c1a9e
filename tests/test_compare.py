"""Cross-council tables (analysis.compare) on a small hand-made corpus that follows the schemas."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import compare
from analysis.schemas import check_table

PLANTED = "<script>document.title='pwned'</script>"
ONERROR = "<img src=x onerror=alert(1)>"


def _doc(doc_id, council, slug, date, url, title):
    return {"doc_id": doc_id, "file": f"{doc_id}.txt", "format": "txt", "council": council, "council_slug": slug,
            "committee": "Children's <Scrutiny> Committee", "meeting_date": date, "title": title,
            "source_url": url, "encoding": "utf-8", "n_chars": 1000, "n_words": 100, "n_segments": 3,
            "sha256": (doc_id * 64)[:64]}


def _seg(doc_id, seq, text, start):
    return {"doc_id": doc_id, "segment_id": f"{doc_id}:{seq:04d}", "seq": seq, "kind": "paragraph", "heading": None,
            "number": None, "text": text, "n_words": len(text.split()), "raw_start": start, "raw_end": start + len(text),
            "offset_map": "0:0"}  # the text is its raw slice exactly


from analysis.figures.reference import reference_kind  # noqa: E402
from analysis.figures.rules import load_rules  # noqa: E402


def _fig(doc_id, seq, council, date, sentence, surface, value, unit, indicator_id, status=None, direction="up",
         is_change=False, occurrence=0):
    # Offsets of the surface inside the segment (which holds exactly the sentence here).
    pos = -1
    for _ in range(occurrence + 1):
        pos = sentence.index(surface, pos + 1)
    start = SPACING * (seq + 1) + pos
    return {"figure_id": f"{doc_id}:{start}-{start + len(surface)}", "doc_id": doc_id, "council": council,
            "meeting_date": date, "segment_id": f"{doc_id}:{seq:04d}", "surface": surface, "value": value,
            "value_max": None, "bound": None, "unit": unit, "per": None, "indicator": indicator_id.replace("_", " "),
            "indicator_id": indicator_id, "id_source": "rules", "direction": direction, "is_change": is_change, "comparator": None,
            # the figures stage's reference column, as it reads the sentence ("up from 60%": previous)
            "reference": reference_kind(sentence, 0, len(sentence), pos, pos + len(surface), rules=load_rules()),
            "part": None, "side": None,
            "status": status, "sentence": sentence, "raw_start": start, "raw_end": start + len(surface)}


ALPHA = "Alpha <County> Council"
SPACING = 200  # segment i of a document starts at character SPACING * (i + 1) of its text
BETA = "Beta Borough Council"
GAMMA = "Gamma & Co Council"


def tiny_tables() -> dict[str, pd.DataFrame]:
    """Three councils, four meetings; figures for two shared indicators; a planted script tag."""
    documents = pd.DataFrame([
        _doc("a1", ALPHA, "alpha-county-council", "2024-01-10", "https://a.example/m?x=1&y=2", "Q3 report"),
        _doc("a2", ALPHA, "alpha-county-council", "2024-06-01", "javascript:alert(1)", "Q4 report"),
        _doc("b1", BETA, "beta-borough-council", None, None, f"Performance <b>report</b> {ONERROR}"),
        _doc("c1", GAMMA, "gamma-co-council", "2023-05-05", "http://c.example/1", "Annual report"),
    ])
    s = {
        "a1": ["EHCP timeliness was 60% and not on track.", "Children in care rose to 700 this year.",
               "The committee thanked officers."],
        "a2": ["EHCP timeliness improved to 68% in Q2 2024/25, up from 60%.", f"A member asked about {PLANTED} and 14 vacant posts, which is not on track.",
               "Youth centres were discussed at length by members of the committee today."],
        "b1": ["Only 55% of EHCPs were issued in 20 weeks, below target.", "Placement costs rose by 12% and 12% more.",
               "The plan is on track."],
        "c1": ["There were 450 children in care.", "Recruitment of social workers was on track overall.",
               "SEND sufficiency was reviewed."],
    }
    segments = pd.DataFrame([_seg(d, i, t, SPACING * (i + 1)) for d, ts in s.items() for i, t in enumerate(ts)])
    figures = pd.DataFrame([
        _fig("a1", 0, ALPHA, "2024-01-10", s["a1"][0], "60%", 60.0, "percent", "ehcp_timeliness", "not on track"),
        _fig("a1", 1, ALPHA, "2024-01-10", s["a1"][1], "700", 700.0, "count", "children_in_care"),
        _fig("a2", 0, ALPHA, "2024-06-01", s["a2"][0], "68%", 68.0, "percent", "ehcp_timeliness"),
        _fig("a2", 0, ALPHA, "2024-06-01", s["a2"][0], "60%", 60.0, "percent", "ehcp_timeliness"),
        _fig("a2", 1, ALPHA, "2024-06-01", s["a2"][1], "14", 14.0, "count", "social_worker_vacancies"),
        _fig("b1", 0, BETA, None, s["b1"][0], "55%", 55.0, "percent", "ehcp_timeliness", "below target", "down"),
        _fig("b1", 1, BETA, None, s["b1"][1], "12%", 12.0, "percent", "placement_costs", None, "up", True),
        _fig("b1", 1, BETA, None, s["b1"][1], "12%", 12.0, "percent", "placement_costs", None, "up", True, 1),
        _fig("c1", 0, GAMMA, "2023-05-05", s["c1"][0], "450", 450.0, "count", "children_in_care", None, "none"),
    ])
    q = SPACING + s["a2"][0].index("Q2 2024/25")
    numbers = pd.DataFrame([
        {"doc_id": "a2", "segment_id": "a2:0000", "surface": "Q2", "kind": "period", "value": None,
         "sentence": s["a2"][0], "raw_start": q, "raw_end": q + 2},
        {"doc_id": "a2", "segment_id": "a2:0000", "surface": "2024/25", "kind": "period", "value": None,
         "sentence": s["a2"][0], "raw_start": q + 3, "raw_end": q + 10},
        {"doc_id": "b1", "segment_id": "b1:0000", "surface": "20", "kind": "other", "value": 20.0,
         "sentence": s["b1"][0], "raw_start": SPACING + 30, "raw_end": SPACING + 32},
    ])
    themes = {"a1": ["send", "children_in_care", "other"], "a2": ["send", "other", "youth"],
              "b1": ["send", "children_in_care", "other"], "c1": ["children_in_care", "workforce", "send"]}
    topics = pd.DataFrame([
        {"doc_id": r.doc_id, "segment_id": r.segment_id, "topic": {"send": 0, "children_in_care": 1}.get(themes[r.doc_id][r.seq], 2),
         "topic_weight": 0.9, "topic_label": f"topic {themes[r.doc_id][r.seq]}", "theme": themes[r.doc_id][r.seq],
         "theme_terms": None, "raw_start": r.raw_start, "raw_end": r.raw_end}
        for r in segments.itertuples()
    ])
    topic_terms = pd.DataFrame([{"topic": 0, "label": "topic send", "rank": 1, "term": "ehcp", "weight": 1.0}])
    tables = {"documents": documents, "segments": segments, "figures": figures, "numbers": numbers,
              "topics": topics, "topic_terms": topic_terms,
              "theme_shares": _theme_shares(documents, segments, topics)}
    return {name: check_table(name, df) for name, df in tables.items()}


THEMES = {"send": "SEND <and> EHCPs", "children_in_care": "Children in care", "youth": "Youth services",
          "workforce": "Workforce"}


def _theme_shares(documents: pd.DataFrame, segments: pd.DataFrame, topics: pd.DataFrame) -> pd.DataFrame:
    """The topics stage's per-document theme_shares table for the tiny corpus (every theme, zeros included)."""
    from analysis.topics import period_of

    seg = segments.merge(topics[["segment_id", "theme"]], on="segment_id")
    rows = []
    for d in documents.itertuples():
        words = seg[seg["doc_id"] == d.doc_id]
        total = int(words["n_words"].sum())
        for theme, name in [*THEMES.items(), ("other", "Other")]:
            w = words[words["theme"] == theme]
            rows.append({"council": d.council, "council_slug": d.council_slug, "meeting_date": d.meeting_date,
                         "period": period_of(d.meeting_date), "doc_id": d.doc_id, "theme": theme, "theme_name": name,
                         "n_segments": len(w), "n_words": int(w["n_words"].sum()),
                         "share": float(w["n_words"].sum()) / total if total else 0.0})
    return pd.DataFrame(rows)


def write_tiny(processed: Path, tables: dict[str, pd.DataFrame] | None = None) -> dict[str, pd.DataFrame]:
    """Write the tiny tables (schema-checked) and their texts into ``processed``, then run the
    compare stage on them (as make does before the reports)."""
    from analysis import compare
    from analysis.io import write_tables, write_text

    t = tiny_tables() if tables is None else tables
    write_tables(t, processed)
    (processed / "text").mkdir(parents=True, exist_ok=True)
    for doc_id, g in t["segments"].groupby("doc_id"):
        buf = [" "] * (int(g["raw_end"].max()) + 1)
        for r in g.itertuples():
            buf[r.raw_start:r.raw_end] = list(r.text)
        write_text(processed / "text" / f"{doc_id}.txt", "".join(buf))
    compare.run(processed_dir=processed)
    return t


@pytest.fixture
def t() -> dict[str, pd.DataFrame]:
    return tiny_tables()


@pytest.fixture
def figs(t) -> pd.DataFrame:
    return compare.figure_table(t["figures"], t["topics"], t["documents"], t["numbers"])


def test_every_figure_gets_its_segments_theme_council_and_source(t, figs):
    assert len(figs) == len(t["figures"])
    row = figs[figs["figure_id"] == t["figures"]["figure_id"].iloc[0]].iloc[0]
    assert row["council_slug"] == "alpha-county-council"
    by_seg = dict(zip(t["topics"]["segment_id"], t["topics"]["theme"]))
    assert list(figs["theme"]) == [by_seg[s] for s in figs["segment_id"]]
    assert figs.loc[figs["doc_id"] == "a1", "source_url"].iloc[0] == "https://a.example/m?x=1&y=2"


def test_figure_without_topic_row_is_unassigned(t):
    figs = compare.figure_table(t["figures"], t["topics"].iloc[0:0], t["documents"])
    assert set(figs["theme"]) == {compare.UNASSIGNED}


def test_repeated_surface_in_a_sentence_gets_successive_occurrences(figs):
    twelve = figs[figs["surface"] == "12%"].sort_values("raw_start")
    assert list(twelve["occurrence"]) == [0, 1]
    sixty = figs[(figs["doc_id"] == "a2") & (figs["surface"] == "60%")]
    assert list(sixty["occurrence"]) == [0]


def test_period_comes_from_the_sentence_then_the_document(figs):
    (a2_period,) = set(figs.loc[figs["doc_id"] == "a2", "period"])
    assert "Q2" in a2_period and "2024/25" in a2_period
    assert figs.loc[figs["doc_id"] == "c1", "period"].isna().all()


def test_statuses_are_normalised(figs):
    tracks = dict(zip(figs["status"].fillna(""), figs["track"]))
    assert tracks["not on track"] == compare.OFF
    assert tracks["below target"] == compare.OFF


def _whole(theme_shares: pd.DataFrame) -> pd.DataFrame:
    """The stage's theme shares over all periods (``council_theme_shares`` where period is ``all``)."""
    shares = compare.period_shares(theme_shares)
    return shares[shares["period"] == compare.ALL_PERIODS]


def test_theme_shares_sum_to_one_per_council_and_weight_words(t):
    seg = compare.segment_themes(t["segments"], t["topics"], t["documents"])
    shares = _whole(t["theme_shares"])
    sums = shares.groupby("council_slug")["share"].sum()
    assert sums.round(9).eq(1.0).all()
    c = shares[shares["council_slug"] == "gamma-co-council"].set_index("theme")
    words = seg[seg["council_slug"] == "gamma-co-council"].set_index("theme")["n_words"]
    assert c.at["workforce", "share"] == pytest.approx(words["workforce"] / words.sum())


def test_share_matrix_has_every_council_and_theme(t):
    m = compare.share_matrix(_whole(t["theme_shares"]))
    assert list(m.index) == sorted(t["documents"]["council_slug"].unique())
    assert set(m.columns) == set(t["topics"]["theme"])
    assert m.columns[-1] == "other"
    assert m.loc["beta-borough-council", "youth"] == 0


def test_latest_value_is_from_the_latest_meeting_and_a_level_not_a_change(figs):
    latest = compare.latest_values(figs).set_index(["council_slug", "indicator_id"])
    alpha = latest.loc[("alpha-county-council", "ehcp_timeliness")]
    # a2 (June) is later than a1 (January); in a2 "68%" is the level reported and "up from 60%" its
    # comparison point, so 68% is the latest value although 60% comes later in the sentence.
    assert alpha["doc_id"] == "a2"
    assert alpha["value"] == 68
    assert alpha["n_values"] == 3
    assert alpha["ordered_by"] == "meeting date"
    beta = latest.loc[("beta-borough-council", "ehcp_timeliness")]
    assert beta["ordered_by"].startswith("doc_id")
    assert latest.loc[("gamma-co-council", "children_in_care"), "value"] == 450


def test_latest_prefers_levels_over_changes(figs):
    f = figs.copy()
    # In b1, the first 12% is a level, the second a change: the level wins although it comes first.
    f.loc[(f["surface"] == "12%") & (f["occurrence"] == 0), "is_change"] = False
    latest = compare.latest_values(f).set_index(["council_slug", "indicator_id"])
    assert latest.loc[("beta-borough-council", "placement_costs"), "occurrence"] == 0


def test_shared_indicators_need_two_councils(figs):
    shared = compare.shared_indicators(compare.latest_values(figs))
    assert shared == [("children_in_care", "count"), ("ehcp_timeliness", "percent")]


def test_track_statements_find_off_and_on_track_sentences(t):
    seg = compare.segment_themes(t["segments"], t["topics"], t["documents"])
    st = compare.track_statements(seg)
    got = {(r.doc_id, r.track) for r in st.itertuples()}
    assert ("a1", compare.OFF) in got and ("b1", compare.OFF) in got
    assert ("b1", compare.ON) in got and ("c1", compare.ON) in got
    for r in st.itertuples():
        phrase = r.sentence[r.phrase_start:r.phrase_end].lower()
        assert "track" in phrase or "target" in phrase
    # "not on track" is never counted as "on track".
    a1 = st[st["doc_id"] == "a1"]
    assert list(a1["track"]) == [compare.OFF]


def test_off_track_counts_have_a_row_per_council(t, figs):
    seg = compare.segment_themes(t["segments"], t["topics"], t["documents"])
    counts = compare.off_track_counts(figs, compare.track_statements(seg), t["documents"]).set_index("council_slug")
    assert list(counts.index) == sorted(t["documents"]["council_slug"].unique())
    assert counts.at["alpha-county-council", "figures_not_on_track"] == 1
    assert counts.at["beta-borough-council", "figures_not_on_track"] == 1
    assert counts.at["gamma-co-council", "statements_on_track"] == 1
    assert counts.at["gamma-co-council", "figures_not_on_track"] == 0


def test_distinctive_themes_are_those_others_did_not_discuss(t):
    d = compare.distinctive_themes(_whole(t["theme_shares"]))
    got = set(zip(d["council_slug"], d["theme"]))
    assert ("alpha-county-council", "youth") in got
    assert ("gamma-co-council", "workforce") in got
    assert not any(theme == "send" for _, theme in got)


def test_reporting_periods_per_document(t):
    periods = compare.periods_by_document(compare.reporting_periods(t["numbers"]))
    assert list(periods.index) == ["a2"]
    assert "Q2" in periods["a2"] and "2024/25" in periods["a2"]


def test_timeline_splits_dated_and_undated(t):
    dated, undated = compare.timeline(t["documents"])
    assert list(dated["doc_id"]) == ["c1", "a1", "a2"]
    assert list(undated["doc_id"]) == ["b1"]


def test_a_new_council_appears_everywhere_without_code_change(t):
    def add(frame: pd.DataFrame, row: dict) -> pd.DataFrame:
        return pd.DataFrame(frame.to_dict("records") + [row])

    docs = add(t["documents"], _doc("d1", "Delta Council", "delta-council", "2025-01-01", None, "x"))
    segs = add(t["segments"], _seg("d1", 0, "Children in care numbered 90.", SPACING))
    f = add(t["figures"], _fig("d1", 0, "Delta Council", "2025-01-01", "Children in care numbered 90.",
                                          "90", 90.0, "count", "children_in_care"))
    top = add(t["topics"], {"doc_id": "d1", "segment_id": "d1:0000", "topic": 1, "topic_weight": 1.0,
                                      "topic_label": "care", "theme": "children_in_care", "theme_terms": None,
                                      "raw_start": SPACING, "raw_end": SPACING + 29})
    docs, segs, f, top = (check_table(n, x) for n, x in
                          (("documents", docs), ("segments", segs), ("figures", f), ("topics", top)))
    figs = compare.figure_table(f, top, docs, t["numbers"])
    latest = compare.latest_values(figs)
    assert "delta-council" in set(latest["council_slug"])
    assert "delta-council" in compare.share_matrix(_whole(_theme_shares(docs, segs, top))).index


def test_track_statements_point_at_the_sentence_in_the_document_text(t):
    from analysis.clean import normalise

    seg = compare.segment_themes(t["segments"], t["topics"], t["documents"])
    seg = seg.assign(raw_start=seg["seq"] * 1000 + 5, raw_end=seg["seq"] * 1000 + 5 + seg["text"].str.len())
    # Document texts whose segment slices hold the segment text with a hard line break.
    texts = {}
    for doc_id, g in seg.groupby("doc_id"):
        buf = [" "] * (int(g["raw_end"].max()) + 10)
        for r in g.itertuples():
            raw = r.text.replace(" ", "\n", 1)
            buf[r.raw_start:r.raw_end] = list(raw)
        texts[doc_id] = "".join(buf)
    st = compare.track_statements(seg, texts)
    assert len(st)
    for r in st.itertuples():
        assert normalise(texts[r.doc_id][r.raw_start:r.raw_end]).text == r.sentence


def test_tiny_corpus_keeps_the_offset_contract(tmp_path):
    from analysis.io import read_text

    t = write_tiny(tmp_path)
    for f in t["figures"].itertuples():
        assert read_text(tmp_path / "text" / f"{f.doc_id}.txt")[f.raw_start:f.raw_end] == f.surface


# ----------------------------------------------------------------------------- the stage


def test_the_stage_writes_every_declared_table_checked(tmp_path):
    from analysis.schemas import SCHEMAS

    write_tiny(tmp_path)
    for name in compare.TABLES:
        table = pd.read_parquet(tmp_path / f"{name}.parquet")
        assert list(table.columns) == list(SCHEMAS[name].columns), name
        assert (tmp_path / f"{name}.csv").exists(), name
        check_table(name, table)  # types, nulls and unique keys as declared
    figs = pd.read_parquet(tmp_path / "council_figures.parquet")
    assert len(figs) == len(tiny_tables()["figures"])


def test_indicator_series_has_one_value_per_council_indicator_and_meeting(tmp_path):
    write_tiny(tmp_path)
    series = pd.read_parquet(tmp_path / "indicator_series.parquet")
    alpha = series[(series["council_slug"] == "alpha-county-council") & (series["indicator_id"] == "ehcp_timeliness")]
    # January's 60% then June's 68% (June also says "up from 60%", a comparison point, not its value).
    assert list(alpha["meeting_date"]) == ["2024-01-10", "2024-06-01"]
    assert list(alpha["value"]) == [60.0, 68.0]
    assert list(alpha["n_values"]) == [1, 2]
    latest = pd.read_parquet(tmp_path / "indicator_latest.parquet").set_index(["council_slug", "indicator_id"])
    row = latest.loc[("alpha-county-council", "ehcp_timeliness")]
    assert row["figure_id"] == alpha["figure_id"].iloc[-1] and row["n_values"] == 3
    # Labels and definitions come from data/indicators.yml.
    from analysis.figures import load_indicators

    info = {i.id: i for i in load_indicators()}
    assert row["indicator_label"] == info["ehcp_timeliness"].label
    assert row["indicator_definition"] == info["ehcp_timeliness"].definition


def test_shares_per_council_and_period(tmp_path):
    write_tiny(tmp_path)
    shares = pd.read_parquet(tmp_path / "council_theme_shares.parquet")
    alpha = shares[shares["council_slug"] == "alpha-county-council"]
    assert set(alpha["period"]) == {"all", "2024-Q1", "2024-Q2"}
    for _, g in shares.groupby(["council_slug", "period"]):
        assert g["share"].sum() == pytest.approx(1.0)
    assert set(shares.loc[shares["council_slug"] == "beta-borough-council", "period"]) == {"all", "undated"}
    topics = pd.read_parquet(tmp_path / "council_topic_shares.parquet")
    whole = topics[topics["period"] == "all"].groupby("council_slug")["segments"].sum()
    assert whole.to_dict() == {"alpha-county-council": 6, "beta-borough-council": 3, "gamma-co-council": 3}


def test_a_text_that_does_not_match_its_segments_is_an_error_not_a_guess(tmp_path):
    from analysis.errors import PipelineError

    write_tiny(tmp_path)
    (tmp_path / "text" / "a1.txt").write_text("something else entirely " * 40, encoding="utf-8")
    with pytest.raises(PipelineError, match="a1"):
        compare.run(processed_dir=tmp_path)


def test_a_broken_indicators_file_is_an_error(tmp_path):
    from analysis.errors import ConfigError

    write_tiny(tmp_path)
    bad = tmp_path / "indicators.yml"
    bad.write_text("ehcp_timeliness: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="indicators.yml"):
        compare.run(processed_dir=tmp_path, indicators=bad)


def test_compare_command_line_reports_a_missing_stage(tmp_path, capsys):
    assert compare.main(["--processed-dir", str(tmp_path / "nothing")]) == 2
    assert "make all" in capsys.readouterr().err
