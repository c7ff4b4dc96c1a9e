"""Stage 4a: the tables behind the reports, per council and across councils.

Everything here is derived from the processed tables (``documents``, ``segments``, ``figures``,
``numbers``, ``topics``), so a council added to the manifest appears in every table with no code
change. All functions return new DataFrames sorted on stable keys (reports must not change between
two runs on the same inputs).

* :func:`segment_themes` joins segments with their theme and topic and their council.
* :func:`figure_table` gives every figure its theme (the theme of its segment), council, source
  link and reporting period.
* :func:`track_statements` finds sentences saying something is (not) on track / below target.
* :func:`theme_shares` is the share of each council's discussion (words) per theme.
* :func:`latest_values` is the council x indicator table; :func:`distinctive_themes` and
  :func:`distinctive_topics` what a council discussed that the others did not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

OTHER_THEME = "other"
UNASSIGNED = "unassigned"

# Phrases that report a measure or plan as off track / on track (case-insensitive).
OFF_TRACK = re.compile(
    r"\bnot\s+(?:yet\s+)?on\s+(?:track|target)\b|\boff[\s-]+(?:track|target)\b|\bbelow\s+(?:the\s+|its\s+)?target\b"
    r"|\bbehind\s+(?:the\s+|its\s+)?target\b|\bnot\s+(?:meeting|met|achieving|achieved)\s+(?:the\s+|its\s+)?target\b"
    r"|\bmissed\s+(?:the\s+|its\s+)?target\b|\bworse\s+than\s+target\b",
    re.I,
)
ON_TRACK = re.compile(
    r"(?<!\bnot\s)\bon\s+(?:track|target)\b|\babove\s+(?:the\s+|its\s+)?target\b|\bexceed(?:ed|ing|s)?\s+(?:the\s+|its\s+)?target\b"
    r"|\b(?:met|meeting|achieved|achieving)\s+(?:the\s+|its\s+)?target\b|\bbetter\s+than\s+target\b",
    re.I,
)

OFF, ON = "not on track", "on track"


def track_status(text: Any) -> str | None:
    """``"not on track"``, ``"on track"`` or ``None`` for a status value or a sentence.

    >>> track_status("not on track"), track_status("Performance remains below target."), track_status("on_track")
    ('not on track', 'not on track', 'on track')
    >>> track_status("The plan is on track."), track_status(None), track_status("noted")
    ('on track', None, None)
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return None
    t = str(text).replace("_", " ")
    if re.fullmatch(r"\s*(?:red|off|amber/red)\s*", t, re.I):
        return OFF
    if re.fullmatch(r"\s*(?:green|on)\s*", t, re.I):
        return ON
    if OFF_TRACK.search(t):
        return OFF
    if ON_TRACK.search(t):
        return ON
    return None


# ----------------------------------------------------------------------------- themes


def theme_names(codebook: Any = None, theme_shares_table: pd.DataFrame | None = None) -> dict[str, str]:
    """``{theme id: readable name}`` from the topics stage's ``theme_shares`` table (its
    ``theme_name``) or the codebook, plus ``other``; a theme without a name shows its id."""
    names = {OTHER_THEME: "Other (no codebook theme)", UNASSIGNED: "Unassigned"}
    if theme_shares_table is not None and {"theme", "theme_name"} <= set(theme_shares_table.columns):
        pairs = theme_shares_table[["theme", "theme_name"]].drop_duplicates().sort_values("theme")
        names.update({str(t): str(n) for t, n in zip(pairs["theme"], pairs["theme_name"]) if str(t) != OTHER_THEME})
        return names
    try:
        from . import topics

        cb = topics.load_codebook(codebook)
        names.update({t.id: t.name for t in cb.themes})
    except Exception:  # noqa: BLE001 - the names are cosmetic; ids are shown instead
        pass
    return names


def indicator_info(path: Any = None) -> dict[str, tuple[str, str]]:
    """``{indicator_id: (label, definition)}`` from ``data/indicators.yml`` (via the figures stage);
    empty when the file cannot be read (reports then show the ids)."""
    try:
        from . import figures as fig_mod

        return {i.id: (i.label, i.definition) for i in fig_mod.load_indicators(path)}
    except Exception:  # noqa: BLE001 - labels are cosmetic
        return {}


def council_names(documents: pd.DataFrame) -> pd.Series:
    """``council_slug -> council`` name (the first spelling in doc_id order)."""
    d = documents.sort_values("doc_id", kind="mergesort")
    return d.groupby("council_slug", sort=True)["council"].first().astype(str)


def segment_themes(segments: pd.DataFrame, topics: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Segments with their council, theme, topic and topic label (``unassigned`` if the topics table
    has no row for a segment). Sorted by ``doc_id``, ``seq``."""
    seg = segments.merge(documents[["doc_id", "council", "council_slug"]], on="doc_id", how="left")
    top = topics[["segment_id", "theme", "topic", "topic_label"]]
    out = seg.merge(top, on="segment_id", how="left")
    out["theme"] = out["theme"].astype("string").fillna(UNASSIGNED)
    out["topic_label"] = out["topic_label"].astype("string").fillna(UNASSIGNED)
    return out.sort_values(["doc_id", "seq"], kind="mergesort").reset_index(drop=True)


def theme_shares(seg_themes: pd.DataFrame, by: str = "council_slug") -> pd.DataFrame:
    """Share of each council's words (in segments with text) per theme.

    Columns: ``by``, ``theme``, ``segments``, ``words``, ``share`` (0..1, sums to 1 per council).

    >>> s = pd.DataFrame({"council_slug": ["a", "a", "b"], "theme": ["send", "care", "send"], "n_words": [30, 10, 5]})
    >>> theme_shares(s)[["council_slug", "theme", "share"]].values.tolist()
    [['a', 'care', 0.25], ['a', 'send', 0.75], ['b', 'send', 1.0]]
    """
    g = seg_themes.groupby([by, "theme"], sort=True).agg(segments=("theme", "size"), words=("n_words", "sum")).reset_index()
    g["words"] = g["words"].astype("int64")
    total = g.groupby(by)["words"].transform("sum")
    g["share"] = (g["words"] / total.where(total > 0)).fillna(0.0).astype(float)
    return g.sort_values([by, "theme"], kind="mergesort").reset_index(drop=True)


def council_theme_shares(theme_shares_table: pd.DataFrame) -> pd.DataFrame:
    """Council shares from the topics stage's per-document ``theme_shares`` table (words summed
    over a council's documents); same columns as :func:`theme_shares`.

    >>> t = pd.DataFrame({"council_slug": ["a", "a", "a", "a"], "doc_id": ["1", "1", "2", "2"],
    ...                   "theme": ["send", "care", "send", "care"], "n_segments": [1, 1, 1, 0],
    ...                   "n_words": [10, 10, 20, 0]})
    >>> council_theme_shares(t)[["theme", "share"]].values.tolist()
    [['care', 0.25], ['send', 0.75]]
    """
    g = (theme_shares_table.groupby(["council_slug", "theme"], sort=True)
         .agg(segments=("n_segments", "sum"), words=("n_words", "sum")).reset_index())
    g["segments"] = g["segments"].astype("int64")
    g["words"] = g["words"].astype("int64")
    total = g.groupby("council_slug")["words"].transform("sum")
    g["share"] = (g["words"] / total.where(total > 0)).fillna(0.0).astype(float)
    return g.sort_values(["council_slug", "theme"], kind="mergesort").reset_index(drop=True)


def discussion_shares(seg_themes: pd.DataFrame, theme_shares_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Council x theme shares: from the topics stage's ``theme_shares`` table when there is one
    (so the reports agree with notebook 03), else computed from the segments' themes."""
    if theme_shares_table is not None and len(theme_shares_table):
        return council_theme_shares(theme_shares_table)
    return theme_shares(seg_themes)


def share_matrix(shares: pd.DataFrame, by: str = "council_slug") -> pd.DataFrame:
    """Council x theme matrix of shares (0 where a council never discussed a theme); rows and
    columns sorted, ``other``/``unassigned`` last."""
    m = shares.pivot_table(index=by, columns="theme", values="share", aggfunc="sum", fill_value=0.0)
    cols = sorted(m.columns, key=lambda t: (t in (OTHER_THEME, UNASSIGNED), t))
    return m.reindex(columns=cols).sort_index()


def distinctive_themes(shares: pd.DataFrame, min_share: float = 0.05, ratio: float = 2.0) -> pd.DataFrame:
    """Themes a council discussed much more than every other council.

    A theme is distinctive for a council when its share there is at least ``min_share`` and at least
    ``ratio`` times the highest share of any other council. Columns: ``council_slug``, ``theme``,
    ``share``, ``max_other`` (the highest other council's share), ``top_other`` (that council).

    >>> sh = pd.DataFrame({"council_slug": ["a", "a", "b", "b"], "theme": ["send", "care", "send", "care"],
    ...                    "share": [0.5, 0.5, 0.9, 0.1]})
    >>> distinctive_themes(sh)[["council_slug", "theme"]].values.tolist()
    [['a', 'care']]
    """
    m = share_matrix(shares)
    rows = []
    for council in m.index:
        others = m.drop(index=council)
        for theme in m.columns:
            if theme in (OTHER_THEME, UNASSIGNED):
                continue
            share = float(m.at[council, theme])
            max_other = float(others[theme].max()) if len(others) else 0.0
            top_other = str(others[theme].idxmax()) if len(others) and max_other > 0 else None
            if share >= min_share and share >= ratio * max_other and len(others):
                rows.append({"council_slug": council, "theme": theme, "share": share, "max_other": max_other,
                             "top_other": top_other})
    out = pd.DataFrame(rows, columns=["council_slug", "theme", "share", "max_other", "top_other"])
    return out.sort_values(["council_slug", "share", "theme"], ascending=[True, False, True], kind="mergesort").reset_index(drop=True)


def distinctive_topics(seg_themes: pd.DataFrame, min_segments: int = 2, min_fraction: float = 0.8) -> pd.DataFrame:
    """Topics (clusters) found mostly in one council: at least ``min_segments`` of its segments and at
    least ``min_fraction`` of the topic's segments there. Columns ``council_slug``, ``topic``,
    ``topic_label``, ``segments``, ``fraction``.

    >>> s = pd.DataFrame({"council_slug": ["a", "a", "a", "b"], "topic": [1, 1, 2, 2],
    ...                   "topic_label": ["x", "x", "y", "y"]})
    >>> distinctive_topics(s)[["council_slug", "topic_label", "segments"]].values.tolist()
    [['a', 'x', 2]]
    """
    s = seg_themes.dropna(subset=["topic"])
    s = s[s["topic"].astype("int64") >= 0]  # -1: segments without content for the topic model
    if s.empty or s["council_slug"].nunique() < 2:
        return pd.DataFrame(columns=["council_slug", "topic", "topic_label", "segments", "fraction"])
    counts = s.groupby(["topic", "topic_label", "council_slug"], sort=True).size().rename("segments").reset_index()
    counts["fraction"] = counts["segments"] / counts.groupby("topic")["segments"].transform("sum")
    out = counts[(counts["segments"] >= min_segments) & (counts["fraction"] >= min_fraction)]
    out = out[["council_slug", "topic", "topic_label", "segments", "fraction"]]
    return out.sort_values(["council_slug", "segments", "topic"], ascending=[True, False, True], kind="mergesort").reset_index(drop=True)


# ----------------------------------------------------------------------------- periods


def _own_reporting_periods(numbers: pd.DataFrame) -> pd.DataFrame:
    per = numbers[numbers["kind"] == "period"].sort_values(["doc_id", "raw_start"], kind="mergesort")
    rows = []
    for doc_id, g in per.groupby("doc_id", sort=True):
        seen: list[str] = []
        for s in g["surface"]:
            p = " ".join(str(s).split())
            if p not in seen:
                seen.append(p)
        rows.extend({"doc_id": doc_id, "period": p} for p in seen)
    return pd.DataFrame(rows, columns=["doc_id", "period"])


def reporting_periods(numbers: pd.DataFrame) -> pd.DataFrame:
    """``(doc_id, period)``: the reporting periods each document mentions (``kind == "period"``
    numbers), via ``figures.reporting_periods`` when the figures stage provides it."""
    try:
        from . import figures as fig_mod

        fn = getattr(fig_mod, "reporting_periods", None)
    except Exception:  # noqa: BLE001 - fall back to our own derivation
        fn = None
    out = fn(numbers) if fn is not None else _own_reporting_periods(numbers)
    out = out[["doc_id", "period"]].astype({"doc_id": "string", "period": "string"})
    return out.reset_index(drop=True)


def periods_by_document(periods: pd.DataFrame) -> pd.Series:
    """``doc_id -> "Q2 2025/26; 2024/25"`` (periods joined in their given order)."""
    if periods.empty:
        return pd.Series(dtype="string")
    return periods.groupby("doc_id", sort=True)["period"].agg(lambda s: "; ".join(dict.fromkeys(map(str, s))))


# ----------------------------------------------------------------------------- figures


def figure_table(figures: pd.DataFrame, topics: pd.DataFrame, documents: pd.DataFrame,
                 numbers: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every figure with ``theme``, ``topic_label``, ``council_slug``, ``council_name``, ``file``,
    ``source_url``, ``committee``, ``title``, ``track`` (normalised status), ``period`` and
    ``occurrence`` (for highlighting). Sorted by council, document and position."""
    docs = documents[["doc_id", "council_slug", "council", "file", "source_url", "committee", "title",
                      "meeting_date"]].rename(columns={"council": "council_name", "meeting_date": "doc_meeting_date"})
    out = figures.merge(docs, on="doc_id", how="left")
    out = out.merge(topics[["segment_id", "theme", "topic_label"]], on="segment_id", how="left")
    out["theme"] = out["theme"].astype("string").fillna(UNASSIGNED)
    out["topic_label"] = out["topic_label"].astype("string").fillna(UNASSIGNED)
    out["track"] = [track_status(s) for s in out["status"]]
    from .report import occurrence_index

    if numbers is not None and len(numbers):
        # Occurrences count figures and other numbers of the same sentence with the same surface.
        both = pd.concat([
            out[["segment_id", "sentence", "surface", "raw_start"]].assign(_fig=range(len(out))),
            numbers[["segment_id", "sentence", "surface", "raw_start"]].assign(_fig=-1),
        ], ignore_index=True)
        occ = occurrence_index(both)
        both["_occ"] = occ
        out["occurrence"] = both[both["_fig"] >= 0].sort_values("_fig")["_occ"].to_numpy()
    else:
        out["occurrence"] = occurrence_index(out).to_numpy() if len(out) else []
    out["period"] = figure_periods(out, numbers)
    return out.sort_values(["council_slug", "doc_id", "raw_start", "raw_end"], kind="mergesort").reset_index(drop=True)


def figure_periods(figs: pd.DataFrame, numbers: pd.DataFrame | None) -> list[str | None]:
    """The reporting period of each figure: a period named in its sentence, else the periods its
    document mentions (joined by ``; ``; also when the sentence names only part of it, such as "Q1"
    of "Q1 2024/25"), else ``None``."""
    if numbers is None or numbers.empty or figs.empty:
        return [None] * len(figs)
    per = numbers[numbers["kind"] == "period"]
    # The period of a sentence: reporting_periods applied to that sentence's period numbers alone.
    keys = list(dict.fromkeys(zip(per["segment_id"], per["sentence"])))
    key_ids = {k: f"{i:08d}" for i, k in enumerate(keys)}
    by_sentence = per.assign(doc_id=[key_ids[k] for k in zip(per["segment_id"], per["sentence"])])
    sentence_periods = periods_by_document(reporting_periods(by_sentence)) if len(by_sentence) else pd.Series(dtype="string")
    in_sentence = {k: sentence_periods.get(i) for k, i in key_ids.items()}
    doc_periods = periods_by_document(reporting_periods(numbers))
    out: list[str | None] = []
    for seg, sent, doc in zip(figs["segment_id"], figs["sentence"], figs["doc_id"]):
        p = in_sentence.get((seg, sent))
        whole = doc_periods.get(doc)
        if p is None or (isinstance(whole, str) and isinstance(p, str) and p in whole):
            # No period in the sentence, or only part of the document's ("Q1" of "Q1 2024/25").
            p = whole if isinstance(whole, str) else p
        out.append(None if p is None or (not isinstance(p, str) and pd.isna(p)) else str(p))
    return out


_REFERENCE_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|previously|than|target(?:\s+(?:of|is|was))?|"
    r"last\s+(?:year|quarter|month)(?:\s+(?:of|was))?|national(?:\s+average)?(?:\s+(?:of|is|was))?|"
    r"average(?:\s+(?:of|is|was))?)\s*(?:a|an|the)?\s*$",
    re.I,
)


def is_reference(sentence: Any, surface: Any, occurrence: int = 0) -> bool:
    """True when a figure is a comparison point rather than the value reported: the words just
    before it are "from", "compared with", "target of", "national average of", "last year", ...

    >>> s = "EHCP timeliness improved to 68%, up from 60%, against a target of 65%."
    >>> [is_reference(s, x) for x in ("68%", "60%", "65%")]
    [False, True, True]
    >>> is_reference("Costs rose from £4,500 to £6,500.", "£6,500")
    False
    """
    from .report import locate

    if sentence is None or surface is None:
        return False
    span = locate(str(sentence), str(surface), occurrence)
    if span is None:
        return False
    before = str(sentence)[max(0, span[0] - 40): span[0]]
    return bool(_REFERENCE_BEFORE.search(before))


def latest_values(fig_table: pd.DataFrame) -> pd.DataFrame:
    """The council x indicator table: for each council and ``indicator_id``, its latest figure.

    Latest = from the most recent ``meeting_date``; when any of the council's documents reporting the
    indicator has no date, documents are ordered by ``doc_id`` instead and ``ordered_by`` says so.
    Within a document the last reported level in text order is taken: a comparison point ("up from
    60%", "target of 65%", see :func:`is_reference`) only when there is no other level, a change
    ("rose by 5%") only when there is nothing else. Columns: every figure
    column plus ``n_values`` (figures of that indicator in that council) and ``ordered_by``.
    """
    f = fig_table.dropna(subset=["indicator_id"]).copy()
    cols = list(fig_table.columns) + ["n_values", "ordered_by"]
    if f.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for (slug, ind), g in f.groupby(["council_slug", "indicator_id"], sort=True):
        dated = g["meeting_date"].notna().all()
        key = ["meeting_date", "doc_id", "raw_start"] if dated else ["doc_id", "raw_start"]
        # Rank: a reported level (2) over a comparison point such as "up from 60%" (1) over a change (0).
        level = ~g["is_change"].fillna(False).astype(bool)
        ref = [is_reference(se, su, int(o)) for se, su, o in zip(g["sentence"], g["surface"], g["occurrence"])]
        g = g.assign(_rank=[0 if not lv else (1 if r else 2) for lv, r in zip(level, ref)])
        # The latest document by date (or doc_id); within it the best-ranked, last in text order.
        last_doc_key = g.sort_values(key, kind="mergesort").iloc[-1]
        same_doc = g[g["doc_id"] == last_doc_key["doc_id"]]
        pick = same_doc.sort_values(["_rank", "raw_start"], kind="mergesort").iloc[-1]
        rec = pick.drop(labels=["_rank"]).to_dict()
        rec["n_values"] = int(len(g))
        rec["ordered_by"] = "meeting date" if dated else "doc_id (meeting date missing)"
        rows.append(rec)
    return pd.DataFrame(rows, columns=cols).reset_index(drop=True)


def shared_indicators(latest: pd.DataFrame, min_councils: int = 2) -> list[tuple[str, str]]:
    """``(indicator_id, unit)`` pairs reported by at least ``min_councils`` councils, sorted."""
    if latest.empty:
        return []
    n = latest.groupby(["indicator_id", "unit"], sort=True)["council_slug"].nunique()
    return [(str(i), str(u)) for (i, u), k in n.items() if k >= min_councils]


def track_statements(seg_themes: pd.DataFrame, texts: dict[str, str] | None = None) -> pd.DataFrame:
    """Sentences of the minutes saying something is (not) on track, on/below/above target.

    Columns: ``council_slug``, ``doc_id``, ``segment_id``, ``theme``, ``track`` (``not on track`` /
    ``on track``), ``sentence``, ``phrase_start``, ``phrase_end`` (the phrase within the sentence),
    ``raw_start``, ``raw_end``: the sentence's characters in the document text when ``texts``
    (``{doc_id: text}``, see ``corpus.load_texts``) is given, else the segment's.
    """
    split = _sentence_splitter()
    rows = []
    for r in seg_themes.itertuples():
        text = str(r.text)
        if not (OFF_TRACK.search(text) or ON_TRACK.search(text)):
            continue
        norm = _segment_norm(texts, r)
        for a, b in split(text):
            sent = text[a:b]
            m = OFF_TRACK.search(sent)
            track = OFF if m else None
            if m is None:
                m = ON_TRACK.search(sent)
                track = ON if m else None
            if m is None:
                continue
            raw_start, raw_end = int(r.raw_start), int(r.raw_end)
            if norm is not None:
                from .clean import raw_span

                raw_start, raw_end = raw_span(norm, a, b, base=int(r.raw_start))
            rows.append({"council_slug": r.council_slug, "doc_id": r.doc_id, "segment_id": r.segment_id,
                         "theme": r.theme, "track": track, "sentence": sent, "phrase_start": m.start(),
                         "phrase_end": m.end(), "raw_start": raw_start, "raw_end": raw_end})
    cols = ["council_slug", "doc_id", "segment_id", "theme", "track", "sentence", "phrase_start", "phrase_end",
            "raw_start", "raw_end"]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["council_slug", "doc_id", "raw_start", "phrase_start"], kind="mergesort").reset_index(drop=True)


def _segment_norm(texts: dict[str, str] | None, seg: Any):
    """The normalised raw slice of a segment (its offsets map clean positions to the document
    text), or ``None`` when the text is not available or does not match the segment."""
    if not texts or seg.doc_id not in texts:
        return None
    from .clean import normalise

    norm = normalise(texts[seg.doc_id][int(seg.raw_start):int(seg.raw_end)])
    return norm if norm.text == str(seg.text) else None


def _sentence_splitter():
    try:
        from .clean import split_sentences

        return split_sentences
    except Exception:  # noqa: BLE001 - the clean stage's splitter is preferred; this is a fallback
        return _split_sentences_simple


def _split_sentences_simple(text: str) -> list[tuple[int, int]]:
    """Sentence spans split after ``.``, ``!`` or ``?`` followed by a space and a capital.

    >>> _split_sentences_simple("One is off track. Two is fine.")
    [(0, 17), (18, 30)]
    """
    spans, start = [], 0
    for m in re.finditer(r"[.!?](?=\s+[A-Z0-9(])", text):
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def off_track_counts(fig_table: pd.DataFrame, statements: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Per council: figures reported not on track / on track, and sentences saying so. Every council
    of ``documents`` has a row (zeros included)."""
    slugs = sorted(set(documents["council_slug"]))
    def count(frame: pd.DataFrame, track: str) -> pd.Series:
        if frame.empty:
            return pd.Series(0, index=slugs)
        return frame[frame["track"] == track].groupby("council_slug").size().reindex(slugs, fill_value=0)
    out = pd.DataFrame({
        "council_slug": slugs,
        "figures_not_on_track": count(fig_table, OFF).to_numpy(),
        "figures_on_track": count(fig_table, ON).to_numpy(),
        "statements_not_on_track": count(statements, OFF).to_numpy(),
        "statements_on_track": count(statements, ON).to_numpy(),
    })
    return out.astype({c: "int64" for c in out.columns if c != "council_slug"})


def timeline(documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(dated, undated)`` meetings: ``council_slug``, ``council``, ``doc_id``, ``meeting_date``,
    ``committee``, ``title``, ``source_url``; dated ones sorted by date."""
    cols = ["council_slug", "council", "doc_id", "meeting_date", "committee", "title", "source_url"]
    d = documents[cols]
    dated = d[d["meeting_date"].notna()].sort_values(["meeting_date", "council_slug", "doc_id"], kind="mergesort")
    undated = d[d["meeting_date"].isna()].sort_values(["council_slug", "doc_id"], kind="mergesort")
    return dated.reset_index(drop=True), undated.reset_index(drop=True)


# ----------------------------------------------------------------------------- charts


def _short(text: str, n: int = 34) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def plot_theme_bars(shares: pd.DataFrame, names: dict[str, str], title: str):
    """Horizontal bars of one council's theme shares (percent of words)."""
    import matplotlib.pyplot as plt

    s = shares.sort_values(["share", "theme"], ascending=[True, False], kind="mergesort")
    fig, ax = plt.subplots(figsize=(8, 0.6 + 0.38 * max(len(s), 1)))
    labels = [_short(names.get(t, t), 40) for t in s["theme"]]
    ax.barh(range(len(s)), s["share"] * 100, color="#4c72b0")
    ax.set_yticks(range(len(s)), labels)
    for i, v in enumerate(s["share"] * 100):
        ax.text(v + 0.5, i, f"{v:.0f}%", va="center", fontsize=9)
    ax.set_xlabel("share of the minutes' words (%)")
    ax.set_xlim(0, max(10.0, float((s["share"] * 100).max()) * 1.15 if len(s) else 10.0))
    ax.set_title(title, fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_heatmap(matrix: pd.DataFrame, row_labels: Sequence[str], col_labels: Sequence[str], title: str):
    """Annotated council x theme heatmap of shares (percent).

    ``matrix`` has councils as rows and themes as columns; when there are fewer councils than
    themes the chart is drawn with themes down the side (one column per council) so the labels stay
    readable on a page.
    """
    import matplotlib.pyplot as plt

    values = matrix.to_numpy(dtype=float) * 100
    rows, cols = list(row_labels), list(col_labels)
    if values.shape[0] < values.shape[1]:
        values, rows, cols = values.T, cols, rows
        xlabel, ylabel = "council", "theme"
    else:
        xlabel, ylabel = "theme", "council"
    fig, ax = plt.subplots(figsize=(min(16.0, 4.0 + 1.25 * len(cols)), 1.4 + 0.42 * max(len(rows), 1)))
    vmax = max(1.0, float(values.max()) if values.size else 1.0)
    im = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=vmax)
    ax.set_xticks(range(len(cols)), [_short(c, 30) for c in cols], rotation=25 if len(cols) > 3 else 0,
                  ha="right" if len(cols) > 3 else "center", fontsize=9)
    ax.set_yticks(range(len(rows)), [_short(r, 40) for r in rows], fontsize=9)
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v = values[i, j]
            ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=8.5,
                    color="white" if v > 0.6 * vmax else "#1d2330")
    fig.colorbar(im, ax=ax, label="% of the council's words", fraction=0.04, pad=0.02)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=11)
    fig.tight_layout()
    return fig


def plot_indicator(rows: pd.DataFrame, indicator: str, unit: str, names: dict[str, str]):
    """Bars of the latest value per council for one indicator (one unit)."""
    import matplotlib.pyplot as plt

    r = rows.sort_values(["council_slug"], kind="mergesort")
    labels = [_short(names.get(s, s), 36) for s in r["council_slug"]]
    fig, ax = plt.subplots(figsize=(7.5, 0.9 + 0.45 * len(r)))
    vals = r["value"].astype(float).to_numpy()
    ax.barh(range(len(r)), vals, color="#55a868")
    ax.set_yticks(range(len(r)), labels, fontsize=9)
    ax.invert_yaxis()
    top = float(max(abs(vals).max(), 1e-9))
    for i, v in enumerate(vals):
        ax.text(v + top * 0.01, i, f"{v:,.4g}", va="center", fontsize=9)
    ax.set_xlim(min(0.0, float(vals.min()) * 1.15), top * 1.18)
    ax.set_xlabel(f"latest value ({unit})")
    ax.set_title(indicator, fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_timeline(dated: pd.DataFrame, names: dict[str, str]):
    """Meetings over time, one row per council."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    slugs = sorted(set(dated["council_slug"]))
    fig, ax = plt.subplots(figsize=(8.5, 1.0 + 0.45 * max(len(slugs), 1)))
    for i, slug in enumerate(slugs):
        dates = pd.to_datetime(dated.loc[dated["council_slug"] == slug, "meeting_date"], errors="coerce").dropna()
        ax.plot(dates, [i] * len(dates), "o", color="#c44e52", markersize=8)
    ax.set_yticks(range(len(slugs)), [_short(names.get(s, s), 36) for s in slugs], fontsize=9)
    ax.set_ylim(-0.7, len(slugs) - 0.3)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.grid(axis="x", color="#e0e0e0")
    ax.set_title("Dated meetings per council", fontsize=11)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def corpus_summary(documents: pd.DataFrame) -> dict[str, Any]:
    """Counts used in page introductions."""
    return {"councils": int(documents["council_slug"].nunique()), "documents": int(len(documents)),
            "dated": int(documents["meeting_date"].notna().sum())}

