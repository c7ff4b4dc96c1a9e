"""Tests of the topics stage: codebook, themes, topic model quality and determinism, stage tables.

Quality is measured against themes assigned by hand (``tests/gold/themes_gold.csv`` for the seed
segments, ``tests/gold/heldout_themes.csv`` for minutes-like segments in other councils' styles,
written before any tuning). Run with ``-s`` to see the numbers.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import normalized_mutual_info_score as nmi

from analysis import evaluation
from analysis import topics as T
from analysis.errors import ConfigError, PipelineError
from analysis.schemas import SCHEMAS

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "themes_gold.csv"
HELDOUT = ROOT / "tests" / "gold" / "heldout_themes.csv"
RAW = ROOT / "data" / "raw"


@pytest.fixture(scope="module")
def seed_segments() -> pd.DataFrame:
    from analysis import clean, corpus

    docs = corpus.load_corpus(RAW)
    segs = clean.clean_documents(docs).reset_index(drop=True)
    segs["gold"] = evaluation.match_gold(segs, pd.read_csv(GOLD))
    return segs


@pytest.fixture(scope="module")
def heldout() -> pd.DataFrame:
    return pd.read_csv(HELDOUT)


# ---------------------------------------------------------------------------------------- codebook


def test_project_codebook_has_the_issue_themes() -> None:
    cb = T.load_codebook(ROOT / "data" / "codebook.yml")
    assert cb.ids == [
        "send", "children_in_care", "fostering_adoption", "safeguarding", "early_help", "education_standards",
        "attendance_exclusions", "school_places_transport", "neet_youth_care_leavers", "workforce", "finance",
        "health_wellbeing",
    ]
    assert all(t.terms and t.name for t in cb.themes)


@pytest.mark.parametrize(
    "yaml_text, message",
    [
        ("themes:\n  - id: send\n    terms: [EHCP]\n", r"theme 1 \('send'\): missing 'name'"),
        ("themes:\n  - id: send\n    name: SEND\n    terms: []\n", r"theme 1 \('send'\): 'terms' is empty"),
        ("themes:\n  - id: send\n    name: SEND\n", r"theme 1 \('send'\): missing 'terms'"),
        ("themes:\n  - id: a\n    name: A\n    terms: [x]\n  - id: a\n    name: B\n    terms: [y]\n",
         r"theme 2 \('a'\): duplicate theme id 'a'"),
        ("themes:\n  - id: a\n    name: Same\n    terms: [x]\n  - id: b\n    name: same\n    terms: [y]\n",
         r"theme 2 \('b'\): duplicate theme name"),
        ("themes:\n  - name: A\n    terms: [x]\n", r"theme 1: missing 'id'"),
        ("themes:\n  - id: other\n    name: A\n    terms: [x]\n", r"'other' is reserved"),
        ("themes:\n  - id: a\n    name: A\n    terms: [x]\n    colour: red\n", r"unknown key\(s\) \['colour'\]"),
        ("themes: []\n", r"no themes found"),
        ("themes:\n  - id: a\n    name: A\n    terms: ['  ']\n", r"term 1"),
        ("themes: [\n", r"not valid YAML"),
        ("themes:\n  - id: a\n    name: A\n    terms: [key stage 2]\n", r"term 1 \('key stage 2'\) contains a number"),
    ],
)
def test_bad_codebook_gives_a_clear_error(tmp_path: Path, yaml_text: str, message: str) -> None:
    path = tmp_path / "codebook.yml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as err:
        T.load_codebook(path)
    assert str(path) in str(err.value)


def test_missing_codebook_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="codebook file not found"):
        T.load_codebook(tmp_path / "nope.yml")


# ------------------------------------------------------------------------------------------ themes


def test_theme_matching_phrases_acronyms_and_ties() -> None:
    cb = T.parse_codebook(
        [
            {"id": "send", "name": "SEND", "terms": ["SEND", "EHCP", "education, health and care plan"]},
            {"id": "health", "name": "Health", "terms": ["health"]},
            {"id": "care", "name": "Care", "terms": ["residential care", "placement"]},
            {"id": "money", "name": "Money", "terms": ["cost"]},
        ]
    )
    # The phrase consumes its words: "health" inside the plan's name does not count for health.
    m = T.match_theme("Two Education, Health and Care Plans (EHCPs) were late.", cb)
    assert m.theme == "send" and m.terms == ("education, health and care plan", "EHCP")
    # Acronyms match capitals only: the verb "send" is not SEND.
    assert T.match_theme("She would send the information to members.", cb).theme == "other"
    assert T.match_theme("NEETs and SEND pupils", cb).theme == "send"
    # Plurals match; a 2-word phrase outweighs one word; equal scores go to the earlier theme.
    assert T.match_theme("The cost of residential care placements rose.", cb).theme == "care"
    assert T.match_theme("Health and cost.", cb).theme == "health"
    assert T.match_theme("Cost and health.", cb).theme == "health"
    assert T.match_theme("Apologies for absence.", cb) == T.ThemeMatch("other", (), 0.0)


def test_codebook_themes_match_hand_themes(seed_segments: pd.DataFrame, heldout: pd.DataFrame) -> None:
    cb = T.load_codebook(ROOT / "data" / "codebook.yml")
    seg = seed_segments[seed_segments["gold"].notna()]
    assert len(seg) >= 0.95 * len(seed_segments), "gold file no longer matches the segmentation; update it"
    seed_acc = float(np.mean(np.array(T.assign_themes(seg["text"].tolist(), cb)) == seg["gold"].to_numpy()))
    held_acc = float(np.mean(np.array(T.assign_themes(heldout["text"].tolist(), cb)) == heldout["theme"].to_numpy()))
    print(f"\ncodebook accuracy: seed {seed_acc:.3f} ({len(seg)} segments), held-out {held_acc:.3f} ({len(heldout)})")
    assert seed_acc >= 0.80
    assert held_acc >= 0.80


# ------------------------------------------------------------------------------------------ topics


def test_clustering_beats_plain_tfidf_kmeans(seed_segments: pd.DataFrame, heldout: pd.DataFrame) -> None:
    rows = []
    for name, texts, gold in [
        ("seed", seed_segments["text"].tolist(), seed_segments["gold"].fillna("?").tolist()),
        ("held-out", heldout["text"].tolist(), heldout["theme"].tolist()),
    ]:
        model = T.fit_topics(texts)
        ours = nmi(gold, model.labels_)
        base_same_k = nmi(gold, T.baseline_kmeans(texts, model.n_topics))
        base_gold_k = nmi(gold, T.baseline_kmeans(texts, len(set(gold))))
        unguided = nmi(gold, T.fit_topics(texts, n_topics=model.n_topics, guide=0.0, theme_weight=0.0).labels_)
        rows.append((name, model.n_topics, ours, base_same_k, base_gold_k, unguided))
    print("\nNMI vs hand themes: set, k chosen, ours, baseline k-means (same k), baseline (k = #themes), unguided NMF")
    for r in rows:
        print(f"  {r[0]:9s} k={r[1]:2d}  ours {r[2]:.3f}  baseline {r[3]:.3f}  baseline@themes {r[4]:.3f}  unguided {r[5]:.3f}")
    table = evaluation.compare_models(seed_segments["text"].tolist(), seed_segments["gold"].fillna("?").tolist(), rows[0][1])
    print(table.to_string(index=False))
    nmi_of = dict(zip(table["model"], table["nmi"]))
    ours_seed = nmi_of["codebook-guided NMF (the stage)"]
    for other in ["unguided NMF", "LDA on word counts", "baseline: TF-IDF + k-means"]:
        assert ours_seed >= nmi_of[other] + 0.10
    for _name, _k, ours, base_same_k, base_gold_k, _ in rows:
        assert ours >= 0.55
        assert ours >= base_same_k + 0.10
        assert ours >= base_gold_k + 0.10


def test_topics_are_identical_across_runs_and_input_order(seed_segments: pd.DataFrame) -> None:
    texts = seed_segments["text"].tolist()
    a = T.fit_topics(texts)
    b = T.fit_topics(texts)
    shuffled = texts[:]
    random.Random(7).shuffle(shuffled)
    c = T.fit_topics(shuffled)
    pd.testing.assert_frame_equal(a.topics, b.topics)
    pd.testing.assert_frame_equal(a.topics, c.topics)
    pd.testing.assert_frame_equal(a.terms, c.terms)
    assert list(a.labels_) == list(b.labels_)
    by_text = {t: (lab, w) for t, lab, w in zip(shuffled, c.labels_, c.weights_)}
    assert [by_text[t] for t in texts] == list(zip(a.labels_, a.weights_))
    assert a.topics["label"].is_unique and (a.topics["label"].str.len() > 0).all()
    # Ids are ordered by size (largest first).
    assert list(a.topics["size"]) == sorted(a.topics["size"], reverse=True)


def test_k_is_chosen_by_the_stated_criterion_or_fixed(seed_segments: pd.DataFrame) -> None:
    texts = seed_segments["text"].tolist()
    auto = T.fit_topics(texts, k_range=[3, 5, 8])
    ks = auto.k_scores
    assert list(ks["k"]) == [3, 5, 8] and ks["chosen"].sum() == 1
    assert np.allclose(ks["score"], ks["coherence"] + ks["explained"])
    pool = ks[ks["admissible"]] if ks["admissible"].any() else ks.nsmallest(1, "k")
    assert auto.n_topics == int(pool.loc[pool["score"].idxmax(), "k"])
    assert (ks.loc[ks["admissible"], "min_topic_size"] >= 2).all()
    fixed = T.fit_topics(texts, n_topics=4)
    assert fixed.n_topics == 4 and set(fixed.labels_) - {-1} <= {0, 1, 2, 3}
    assert len(fixed.k_scores) == 0


def test_tiny_corpus_and_texts_without_content() -> None:
    texts = ["Foster carers were recruited.", "Foster carer fees rose.", "School transport costs rose.",
             "Home to school transport was reviewed.", "Agenda item", "Minutes:"]
    m = T.fit_topics(texts)
    assert len(m.labels_) == len(texts) and m.n_topics >= 1
    assert list(m.labels_[4:]) == [-1, -1] and list(m.weights_[4:]) == [0.0, 0.0]
    assert (m.weights_[:4] > 0).all()
    assert m.label_of[-1] == "(no content)"
    with pytest.raises(PipelineError):
        T.fit_topics([])
    empty = T.fit_topics(["Agenda item", "Minutes:", "Supporting documents:"])
    assert empty.labels_.tolist() == [-1, -1, -1] and empty.n_topics == 0 and len(empty.topics) == 0
    assert T.fit_topics(["Foster carers."]).labels_.tolist() == [0]


def test_transform_agrees_with_fit(seed_segments: pd.DataFrame) -> None:
    texts = seed_segments["text"].tolist()
    m = T.fit_topics(texts)
    labels, _ = m.transform(texts)
    assert np.mean(labels == m.labels_) >= 0.9


# ------------------------------------------------------------------------------------------ stage


def test_stage_writes_every_table(tmp_path: Path) -> None:
    from analysis import corpus
    from analysis.io import read_table

    corpus.run(RAW, tmp_path)
    result = T.run(processed_dir=tmp_path)
    segments = read_table("segments", tmp_path)
    topics = read_table("topics", tmp_path)
    assert sorted(topics["segment_id"]) == sorted(segments["segment_id"])
    assert list(topics.columns) == list(SCHEMAS["topics"].columns)
    assert topics["topic_weight"].between(0, 1).all()
    assert set(topics["theme"]) <= set(result.codebook.ids) | {"other"}
    assert (topics["theme_terms"].isna() == (topics["theme"] == "other")).all()
    terms = read_table("topic_terms", tmp_path)
    labels = dict(zip(result.model.topics["id"], result.model.topics["label"]))
    assert all(labels[t] == lab for t, lab in zip(terms["topic"], terms["label"]))
    assert all(labels.get(t, "(no content)") == lab for t, lab in zip(topics["topic"], topics["topic_label"]))
    for name, col in [("theme_shares", "theme"), ("topic_shares", "topic")]:
        shares = read_table(name, tmp_path)
        assert np.allclose(shares.groupby("doc_id")["share"].sum(), 1.0, atol=1e-5)
        assert shares.groupby("doc_id")[col].nunique().nunique() == 1  # same categories in every document
        assert shares.groupby("doc_id")["n_segments"].sum().to_dict() == segments.groupby("doc_id").size().to_dict()
    k = read_table("topic_k", tmp_path)
    assert k["chosen"].sum() == 1 and int(k.loc[k["chosen"], "k"].iloc[0]) == result.model.n_topics
    # A second run writes identical files.
    before = {p.name: p.read_bytes() for p in tmp_path.glob("topic*")}
    T.run(processed_dir=tmp_path)
    assert before == {p.name: p.read_bytes() for p in tmp_path.glob("topic*")}


def test_stage_with_a_bad_codebook_fails_clearly(tmp_path: Path) -> None:
    from analysis import corpus

    corpus.run(RAW, tmp_path / "p")
    bad = tmp_path / "cb.yml"
    bad.write_text("themes:\n  - id: send\n    name: SEND\n    terms: []\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="cb.yml: theme 1"):
        T.run(processed_dir=tmp_path / "p", codebook=bad)
    assert not (tmp_path / "p" / "topics.parquet").exists()


def test_shares_by_council_and_period() -> None:
    assert T.period_of("2025-11-10") == "2025-Q4"
    shares = pd.DataFrame({"council": ["A"] * 4, "period": ["2024-Q1", "2024-Q1", None, None],
                           "doc_id": ["d1", "d1", "d2", "d2"], "theme": ["send", "other", "send", "other"],
                           "n_segments": [1, 1, 1, 1], "n_words": [30, 10, 0, 20]})
    by = T.shares_by(shares, ["council", "period"], "theme")
    assert len(by) == 4
    got = {(p if isinstance(p, str) else None, t): s for p, t, s in zip(by["period"], by["theme"], by["share"])}
    assert got[("2024-Q1", "send")] == 0.75 and got[(None, "other")] == 1.0


def test_large_corpus_path_is_deterministic_too(monkeypatch: pytest.MonkeyPatch, seed_segments: pd.DataFrame) -> None:
    # Pretend the seed corpus is large: MiniBatchNMF, k searched on a hash-chosen sample.
    monkeypatch.setattr(T, "LARGE_CORPUS", 20)
    monkeypatch.setattr(T, "K_SEARCH_SAMPLE", 40)
    texts = seed_segments["text"].tolist()
    a = T.fit_topics(texts, k_range=[4, 6, 8])
    shuffled = texts[::-1]
    b = T.fit_topics(shuffled, k_range=[4, 6, 8])
    assert a.method == "MiniBatchNMF"
    pd.testing.assert_frame_equal(a.topics, b.topics)
    pd.testing.assert_frame_equal(a.k_scores, b.k_scores)
    by_text = dict(zip(shuffled, b.labels_))
    assert [by_text[t] for t in texts] == list(a.labels_)


# ------------------------------------------------------------- number of topics and real minutes

REALWORLD = ROOT / "tests" / "realworld"
#: Topic NMI on the real minutes (dev + test run together, as the stage runs them): the score minus a margin.
FLOOR_NMI = 0.72  # 0.753 on sets A-J with k = themes present + 1; 0.715 on sets A-F (0.757 on A-D when set: theme_weight 3, k from the themes present; 0.67 before)


def _procedure_segments(n: int) -> list[str]:
    """``n`` procedural segments in the usual forms of English committee minutes (varied names, dates)."""
    names = ["Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones",
             "Khan", "Lewis", "Morgan", "Norris", "Owen", "Patel", "Quinn", "Roberts", "Smith", "Turner"]
    templates = [
        "Apologies for absence were received from Councillor {a} and Councillor {b}.",
        "Councillor {a} declared a personal interest in item {i} and took no part in the vote.",
        "There were no declarations of interest.",
        "The minutes of the meeting held on {d} {m} were agreed as a correct record and signed by the Chair.",
        "RESOLVED: That the report be noted and Councillor {a} be thanked for attending.",
        "The Chair welcomed Councillor {a} to the meeting.",
        "Councillor {b} substituted for Councillor {a}.",
        "The date of the next meeting was confirmed as {d} {m}.",
    ]
    months = ["January", "March", "May", "July", "September", "November"]
    rng = random.Random(11)
    out = []
    for j in range(n):
        a, b = rng.sample(names, 2)
        out.append(templates[j % len(templates)].format(a=a, b=b, i=rng.randint(3, 12), d=rng.randint(1, 28),
                                                        m=rng.choice(months)))
    return out


def test_k_holds_when_half_the_corpus_is_procedure(seed_segments: pd.DataFrame) -> None:
    # Real minutes are about half procedure (apologies, declarations, minutes approval): the number
    # of topics must not collapse to a few broad ones, and procedure must not swallow the themes.
    content = seed_segments["text"].tolist()
    gold = seed_segments["gold"].fillna("?").tolist()
    n_themes = len(T.load_codebook().themes)
    for n_proc in (len(content), 3 * len(content)):
        proc = _procedure_segments(n_proc)
        m = T.fit_topics(content + proc)
        print(f"\n{len(content)} content + {n_proc} procedure segments: k = {m.n_topics}, "
              f"content NMI {nmi(gold, m.labels_[: len(content)]):.3f}")
        # one topic per theme present (coded for 1 % of the texts: 10 of the 12 on the seeds with
        # 3x procedure) plus other; never a few broad ones
        assert n_themes - 2 <= m.n_topics <= n_themes + 1
        assert nmi(gold, m.labels_[: len(content)]) >= 0.55
        # Procedure sits in topics of its own (or has no content), with the passages hand-coded
        # `other` (introductions, thanks: what procedure is): topics that are at least 80 % procedure
        # or `other` hold most procedure segments and few passages on a theme.
        unthemed = pd.Series([g in ("other", "?") for g in gold] + [True] * n_proc)
        share = unthemed.groupby(m.labels_).mean()
        procedural = pd.Series(m.labels_).map(share >= 0.8).to_numpy()
        themed = ~unthemed.to_numpy()[: len(content)]
        assert procedural[len(content):].mean() >= 0.8
        assert procedural[: len(content)][themed].mean() <= 0.1


def test_headings_give_short_segments_their_subject() -> None:
    texts = ["Step down from case too early", "Monitoring of re-registrations", "Foster carers were recruited.",
             "Foster carer fees rose.", "Child protection plans rose.", "Child protection visits were on time.",
             "Step down from case too early"]
    heads = ["Child Protection Plan Increases"] * 2 + [None] * 4 + ["Fostering annual report"]
    # The headings' own features, without the coded themes (the theme coder calls a "step down
    # from case" safeguarding under any heading; the next test covers coded themes).
    m = T.fit_topics(texts, n_topics=2, contexts=heads, coded_share=0.0)
    assert m.labels_[0] == m.labels_[1] == m.labels_[4] == m.labels_[5] != m.labels_[2]
    assert m.labels_[6] == m.labels_[2]  # same text, other heading: other topic
    labels, _ = m.transform(texts, contexts=heads)
    assert list(labels) == list(m.labels_)
    with pytest.raises(PipelineError):
        T.fit_topics(texts, contexts=heads[:2])


def test_coded_themes_steer_topics_and_are_checked() -> None:
    # The stage passes each segment's final theme (codebook + learnt model + context): a passage
    # coded as a theme joins that theme's topic even when its words are shared with another.
    texts = ["Foster carers were recruited.", "Foster carer fees rose.", "Foster carer allowances were reviewed.",
             "Child protection plans rose.", "Child protection visits were on time.",
             "Child protection conferences were held.", "Carers and staff were thanked for their work."]
    plain = ["fostering_adoption"] * 3 + ["safeguarding"] * 3
    a = T.fit_topics(texts, n_topics=2, themes=plain + ["fostering_adoption"])
    b = T.fit_topics(texts, n_topics=2, themes=plain + ["safeguarding"])
    assert a.labels_[6] == a.labels_[0] != a.labels_[3]
    assert b.labels_[6] == b.labels_[3] != b.labels_[0]
    labels, _ = b.transform(texts, themes=plain + ["safeguarding"])
    assert list(labels) == list(b.labels_)
    with pytest.raises(PipelineError, match="not in the codebook"):
        T.fit_topics(texts, themes=["nonsense"] * len(texts))
    with pytest.raises(PipelineError, match="7 texts"):
        T.fit_topics(texts, themes=plain)


def test_topic_nmi_on_real_minutes_of_unseen_councils() -> None:
    # tests/realworld: verbatim excerpts of real minutes from 40 councils, hand-coded passages.
    # First run 0.32 over dev + test run together (k = 10); headings as context 0.56; the coded
    # themes (context + learnt model) in the features and item titles kept by clean 0.67
    # (the theme model learnt from dev passages; on the test split alone 0.53).
    from analysis import clean, corpus
    from analysis.realworld import match_passages
    from analysis.themes import code_segments

    docs = corpus.load_corpus(REALWORLD / "raw")
    segs = clean.clean_documents(docs).sort_values(["doc_id", "seq"], kind="mergesort").reset_index(drop=True)
    gold = pd.read_csv(REALWORLD / "themes_gold.csv", dtype={"doc_id": str, "theme": str, "text": str})
    coded = [m.theme for m in code_segments(segs, corpus.documents_frame(docs, segs))]
    m = T.fit_topics(segs["text"].tolist(), contexts=segs["heading"].tolist(), themes=coded)
    table = segs[["doc_id", "raw_start", "raw_end"]].assign(topic=m.labels_, theme="")
    matched = match_passages(gold, table)
    matched = matched[matched["pred_topic"].notna()]
    score = nmi(matched["theme"], matched["pred_topic"].astype(int))
    print(f"\nreal minutes: k = {m.n_topics}, topic NMI {score:.3f} over {len(matched)} passages")
    # k starts at the number of themes the corpus is about (coded themes of 1 % of the texts), plus one
    present = T.themes_present(T.load_codebook(), [c for c, n in zip(coded, m.labels_) if n >= 0], int((m.labels_ >= 0).sum()))
    assert present >= 10 and m.n_topics >= present + 1
    assert score >= FLOOR_NMI


def test_k_follows_the_themes_a_corpus_is_about() -> None:
    # A council whose minutes are about three themes gets a handful of topics, not one per codebook
    # theme: the k search starts at the number of themes present (coded for 1 % of the texts) + 1.
    rng = random.Random(5)
    subjects = {
        "fostering_adoption": ["foster carers", "fostering households", "adopters", "special guardianship orders"],
        "send": ["EHC plans", "EHC needs assessments", "special school places", "SEN support"],
        "school_places_transport": ["school places", "home to school transport", "secondary school admissions",
                                    "pupil place planning"],
    }
    verbs = ["had risen", "were reviewed in the quarter", "remained a pressure", "were discussed at length",
             "had improved since the spring", "were below the national average"]
    texts = [f"The {rng.choice(['number of', 'figures on', 'position on', 'report on'])} {s} {rng.choice(verbs)}."
             for subs in subjects.values() for s in subs for _ in range(5)]
    texts += _procedure_segments(20)
    m = T.fit_topics(texts)
    cb = T.load_codebook()
    coded = T.coded_themes(texts, cb)
    assert T.themes_present(cb, coded, len(texts)) == 3
    assert 4 <= m.n_topics <= 8, m.k_scores


def test_topic_nmi_holds_as_the_corpus_grows() -> None:
    # The same rules on a third, two thirds and all of the real-minutes councils: the NMI must not
    # fall as the corpus grows (it fell from 0.69 to 0.59 with theme_weight 1, as k rose).
    from analysis import clean, corpus
    from analysis.realworld import match_passages
    from analysis.themes import code_segments

    docs = corpus.load_corpus(REALWORLD / "raw")
    segs = clean.clean_documents(docs).sort_values(["doc_id", "seq"], kind="mergesort").reset_index(drop=True)
    gold = pd.read_csv(REALWORLD / "themes_gold.csv", dtype={"doc_id": str, "theme": str, "text": str})
    coded = np.array([m.theme for m in code_segments(segs, corpus.documents_frame(docs, segs))], dtype=object)
    council = segs["doc_id"].map(lambda d: d.rsplit("_", 1)[0])
    part = council.map(lambda c: int(hashlib.sha1(c.encode()).hexdigest(), 16) % 3).to_numpy()
    scores = []
    for parts in ({0}, {0, 1}, {0, 1, 2}):
        sel = np.isin(part, list(parts))
        s = segs[sel]
        m = T.fit_topics(s["text"].tolist(), contexts=s["heading"].tolist(), themes=list(coded[sel]))
        table = s[["doc_id", "raw_start", "raw_end"]].assign(topic=m.labels_, theme="")
        matched = match_passages(gold[gold["doc_id"].isin(set(s["doc_id"]))], table)
        matched = matched[matched["pred_topic"].notna()]
        scores.append(nmi(matched["theme"], matched["pred_topic"].astype(int)))
        print(f"\n{s['doc_id'].nunique()} documents: k = {m.n_topics}, topic NMI {scores[-1]:.3f}")
    assert min(scores) >= 0.65
    assert scores[-1] >= max(scores) - 0.05


# ------------------------------------------------------ honest dev scores (council-held-out themes)

#: Topic NMI on the real dev minutes with council-held-out coded themes (analysis.realworld.topics_cv):
#: 0.655 fitted on the dev documents and on the whole corpus (0.631 on the whole corpus when k was
#: searched from themes + 1 to twice that: the extra topics split 'other'), minus a margin.
FLOOR_HONEST_NMI = 0.64


def test_held_out_themes_never_come_from_a_model_that_learnt_the_council(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each segment of a held-out council is coded by a model whose training has no passage of any
    # document of that council (also documents not being coded); the others by the full model.
    from analysis import clean, corpus, themes
    from analysis.realworld import held_out_themes, load_gold
    from analysis.themes import council_fold

    manifest, _, _ = load_gold(REALWORLD)
    dev = manifest[manifest["split"] == "dev"]
    council_of = dict(zip(dev["doc_id"], dev["council"]))
    picked = sorted(dev.drop_duplicates("council")["doc_id"])[:8]
    docs = [d for d in corpus.load_corpus(REALWORLD / "raw") if d.doc_id in set(picked) | {"barnet_1"}]
    segs = clean.clean_documents(docs)
    training = themes.load_training()
    seen: dict[int, set[str]] = {}
    coded_by: list[tuple[int, set[str]]] = []
    fit, code = themes.fit_model, themes.code_segments

    def spy_fit(cb, train, *a, **k):
        m = fit(cb, train, *a, **k)
        seen[id(m)] = set(train["doc_id"])
        return m

    def spy_code(segments, documents=None, codebook=None, model=None, **k):
        coded_by.append((id(model), set(segments["doc_id"])))
        return code(segments, documents, codebook, model=model, **k)

    monkeypatch.setattr(themes, "fit_model", spy_fit)
    monkeypatch.setattr(themes, "code_segments", spy_code)
    held = {d: c for d, c in council_of.items() if d != "barnet_1"}  # barnet_1: coded by the full model
    out = held_out_themes(segs, None, held, training, folds=3)
    assert len(out) == len(segs) and set(out) <= set(T.load_codebook().ids) | {"other"}
    assert {d for _, ds in coded_by for d in ds} == set(segs["doc_id"])
    for model, coded_docs in coded_by:
        learnt = seen[model]
        for d in coded_docs:
            if d in held:
                same = {x for x, c in held.items() if council_fold(c, 3) == council_fold(held[d], 3)}
                assert not learnt & same, d
            else:
                assert learnt == set(training["doc_id"])  # not held out: the model of every passage


def test_honest_topic_nmi_on_dev_minutes() -> None:
    from analysis.realworld import load_gold, topics_cv

    honest = topics_cv(REALWORLD)
    manifest, _, _ = load_gold(REALWORLD)
    whole = topics_cv(REALWORLD, segments=honest["segments"], coded=honest["coded"],
                      fit_on=sorted(manifest["doc_id"]))
    print(f"\nhonest dev: NMI {honest['nmi']:.3f} (k = {honest['k']}), whole corpus {whole['nmi']:.3f} "
          f"(k = {whole['k']}), theme accuracy {honest['theme_accuracy']:.3f} over {honest['passages']} passages")
    # held out for real: well below the in-sample theme accuracy of the dev passages (0.95)
    assert 0.82 <= honest["theme_accuracy"] <= 0.90
    assert min(honest["nmi"], whole["nmi"]) >= FLOOR_HONEST_NMI
    assert honest["k"] == whole["k"] == 13  # the 12 themes present plus other, whatever the corpus size


def _large_corpus_with_a_rare_theme(rare_docs: int) -> tuple[list[str], list[str], list[str]]:
    """About 1,000 texts (so 1 % is 10) over two common themes and procedure, plus 9 early-help texts spread over
    ``rare_docs`` documents: texts, their coded themes and their documents (20 texts a document)."""
    rng = random.Random(39)
    subjects = {
        "send": ["EHC plans", "EHC needs assessments", "special school places", "SEN support"],
        "fostering_adoption": ["foster carers", "fostering households", "adopters", "special guardianship orders"],
    }
    verbs = ["had risen", "were reviewed in the quarter", "remained a pressure", "were discussed at length",
             "had improved since the spring", "were below the national average", "were reported by the service",
             "would be monitored closely", "had fallen slightly", "were on track"]
    openers = ["The number of", "Figures on", "The position on", "A report on", "Members asked about",
               "Officers explained that", "The trend in", "The cost of", "The backlog of", "The quality of"]
    texts, themes = [], []
    for theme, subs in subjects.items():
        for s in subs:
            for o in openers:
                for v in verbs:
                    texts.append(f"{o} {s} {v}.")
                    themes.append(theme)
    procedure = _procedure_segments(200)
    texts += procedure
    themes += ["other"] * len(procedure)
    docs = [f"d{i // 20:03d}" for i in range(len(texts))]
    rare = ["Early help assessments had risen in the family hubs.", "Family hubs offered parenting support.",
            "The supporting families programme reached more families.", "Early help referrals were reviewed.",
            "Parenting support groups met in the family hubs.", "Early intervention for families had improved.",
            "The early help offer was extended to more families.", "Family hubs opened on Saturdays.",
            "Supporting families outcomes were claimed for the year."]
    texts += rare
    themes += ["early_help"] * len(rare)
    docs += [f"r{i % rare_docs}" for i in range(len(rare))]
    return texts, themes, docs


def test_a_rare_theme_spread_over_documents_keeps_its_topic_as_the_corpus_grows() -> None:
    # r39k: the 1 % floor grows with the corpus; a theme coded for 9 texts in 3 documents of a 1,000-text corpus
    # is under it (10) but the corpus is about it: with the texts' documents it counts and gets a topic.
    texts, themes, docs = _large_corpus_with_a_rare_theme(rare_docs=3)
    assert len(texts) >= 901 and T.min_topic_size(len(set(texts))) > 9
    cb = T.load_codebook()
    assert T.themes_present(cb, themes, len(texts)) == 2  # the 1 % floor alone: send and fostering only
    assert T.themes_present(cb, themes, len(texts), T.theme_documents(themes, docs)) == 3
    alone = T.fit_topics(texts, themes=themes)
    spread = T.fit_topics(texts, themes=themes, documents=docs)
    assert (alone.n_topics, spread.n_topics) == (3, 4)
    rare = spread.labels_[[i for i, t in enumerate(themes) if t == "early_help"]]
    others = spread.labels_[[i for i, t in enumerate(themes) if t != "early_help"]]
    top = Counter(rare.tolist()).most_common(1)[0][0]
    assert (rare == top).sum() >= 7 and (others == top).sum() == 0  # a topic of its own
    again = T.fit_topics(list(reversed(texts)), themes=list(reversed(themes)), documents=list(reversed(docs)))
    assert sorted(again.topics["size"]) == sorted(spread.topics["size"])


def test_a_rare_theme_in_one_document_does_not_count() -> None:
    # The same 9 texts in a single document (one long report) stay under the floor: k is that of the 1 % rule.
    texts, themes, docs = _large_corpus_with_a_rare_theme(rare_docs=1)
    cb = T.load_codebook()
    assert T.theme_documents(themes, docs)["early_help"] == 1
    assert T.themes_present(cb, themes, len(texts), T.theme_documents(themes, docs)) == 2
    assert T.fit_topics(texts, themes=themes, documents=docs).n_topics == 3
    with pytest.raises(PipelineError):
        T.fit_topics(texts, themes=themes, documents=docs[:-1])
