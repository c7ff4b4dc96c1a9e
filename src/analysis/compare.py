"""Stage 4a (compare): the cross-council tables, computed once for every report.

``python -m analysis.compare --processed-dir DIR`` (run by ``make``; :func:`run`) reads the processed
tables (``documents``, ``segments``, ``figures``, ``numbers``, ``topics``, ``theme_shares`` and the
texts) and writes :data:`TABLES` to the same folder (declared in ``schemas.py``, checked on write):
figures with theme and council, the latest value and the time series per council x indicator,
on/off-track statements, theme and topic shares per council and period, distinctive themes and
topics, and each document's reporting periods. The reports only read them. Everything is derived
from the data, so a council added to the manifest appears in every table with no code change; all
functions return new DataFrames sorted on stable keys. Errors surface: nothing falls back to other
code or to ids when a lookup fails.

* :func:`segment_themes` joins segments with their theme and topic and their council.
* :func:`figure_table` gives every figure its theme (the theme of its segment), council, source
  link and reporting period.
* :func:`track_statements` finds sentences saying something is (not) on track / below target.
* :func:`period_shares` is the share of each council's discussion (words) per theme and period,
  summed from the topics stage's ``theme_shares``; :func:`topic_period_shares` the same per topic
  (both by :func:`shares_by_period`).
* :func:`latest_values` is the council x indicator table; :func:`distinctive_themes` and
  :func:`distinctive_topics` what a council discussed that the others did not.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import pandas as pd

from .labels import OTHER_THEME, OTHER_THEME_NAME, UNASSIGNED, UNASSIGNED_NAME, theme_names  # noqa: F401  (re-exported)
from .periods import QUARTER_ALONE, label_parts, period_label, quarter_end
from .schemas import INDICATOR_LATEST, INDICATOR_SERIES, with_later_columns

if TYPE_CHECKING:
    from .figures.rules import FigureRules


OFF, ON = "not on track", "on track"
#: (r36twins) The RAG colours a status value alone gives a track ("red" or "amber/red": not on track; "green": on
#: track; amber neither), read by :func:`track_status` (with "off" / "on") and named by the pages' note of what "on
#: track" means (:func:`analysis.report.track_examples`, first colour of each): one list for both.
TRACK_COLOURS: dict[str, tuple[str, ...]] = {OFF: ("red", "amber/red"), ON: ("green",)}
_OFF_VALUE = r"\s*(?:" + "|".join((*TRACK_COLOURS[OFF], "off")) + r")\s*"
_ON_VALUE = r"\s*(?:" + "|".join((*TRACK_COLOURS[ON], "on")) + r")\s*"


def _track_rules(rules: FigureRules | str | os.PathLike[str] | None = None) -> FigureRules:
    """``rules``, else the shipped figure rules (``data/figure_rules.yml`` or ``$CM_FIGURE_RULES``): the file whose
    ``status.off_track`` / ``status.on_track`` phrases are the track statements' (r35twins: one list a researcher
    edits, instead of a copy in this module). (r36twins) ``rules`` may be a file, as ``--rules FILE`` names it (the
    pages' note, :func:`analysis.report.track_examples`)."""
    if rules is not None and not isinstance(rules, (str, os.PathLike)):
        return rules
    from .figures.rules import load_rules

    return load_rules(rules)


def __getattr__(name: str) -> Any:
    """(r35twins) ``OFF_TRACK`` / ``ON_TRACK``, the patterns of the shipped rules' ``status.off_track`` /
    ``status.on_track`` (kept for notebooks and tests that read them; the stage uses the rules it is given)."""
    if name == "OFF_TRACK":
        return _track_rules().off_track_re
    if name == "ON_TRACK":
        return _track_rules().on_track_re
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _may_track(text: str, rules: FigureRules | None = None) -> bool:
    """False only when no ``status.off_track`` / ``status.on_track`` phrase of ``rules`` (:func:`_track_rules`) can
    match ``text``: each phrase ends in one of their last words (``track``, ``target``), spelt nowhere in it (r30stage,
    speed: an exact gate of the two patterns, which the compare stage tries on every segment; ``str.lower`` lowers each
    letter the patterns' ``re.I`` matches to the pattern's letter).

    >>> _may_track("Performance remains BELOW TARGET."), _may_track("Referrals rose by 12%.")
    (True, False)
    """
    low = text.lower()
    return any(w in low for w in _track_rules(rules).track_words)


def _on_tracks(text: str, rules: FigureRules) -> list[re.Match[str]]:
    """The ``status.on_track`` phrases of ``text`` that are not inside a ``status.off_track`` phrase ("on track" in
    "not on track", "no longer on track" is none).

    >>> from .figures.rules import load_rules
    >>> [m.group() for m in _on_tracks("Not on track; 3 are on target.", load_rules())]
    ['on target']
    """
    assert rules.on_track_re is not None and rules.off_track_re is not None
    off = [m.span() for m in rules.off_track_re.finditer(text)]
    return [m for m in rules.on_track_re.finditer(text) if not any(a <= m.start() and m.end() <= b for a, b in off)]


def track_status(text: Any, rules: FigureRules | None = None) -> str | None:
    """``"not on track"``, ``"on track"`` or ``None`` for a status value or a sentence (its phrases: ``rules``'
    ``status.off_track`` / ``status.on_track``, :func:`_track_rules`).

    >>> track_status("not on track"), track_status("Performance remains below target."), track_status("on_track")
    ('not on track', 'not on track', 'on track')
    >>> track_status("The plan is on track."), track_status(None), track_status("noted")
    ('on track', None, None)
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return None
    t = str(text).replace("_", " ")
    if re.fullmatch(_OFF_VALUE, t, re.I):
        return OFF
    if re.fullmatch(_ON_VALUE, t, re.I):
        return ON
    r = _track_rules(rules)
    if r.off_track_re is not None and r.off_track_re.search(t):
        return OFF
    if _on_tracks(t, r):
        return ON
    return None


# ----------------------------------------------------------------------------- quotes


def _spans(sentence: str, surface: str) -> list[tuple[int, int]]:
    """Every occurrence of ``surface`` in ``sentence`` not inside a longer number, amount or word.

    Whitespace in ``surface`` matches any run of whitespace (a raw surface may hold a line break
    that the clean sentence turned into a space).
    """
    patterns = _surface_patterns(surface)
    if patterns is None:
        return []
    spans = [(m.start(), m.end()) for m in patterns[0].finditer(sentence)]
    if not spans:  # last resort: anywhere
        spans = [(m.start(), m.end()) for m in patterns[1].finditer(sentence)]
    return spans


@lru_cache(maxsize=65536)
def _surface_patterns(surface: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(speed) The patterns :func:`_spans` looks for ``surface`` with, compiled once per surface."""
    parts = [re.escape(p) for p in surface.split()]
    if not parts:
        return None
    body = r"\s+".join(parts)
    # a surface ending in a digit is not the start of a longer number or amount: "£150" in "£150k", "1" in "1.5" or
    # "1,500", "4" in "4th" (r41review2: the mark of "£150" landed inside "£150k")
    ends = r"(?![0-9A-Za-z]|[.,][0-9])" if surface[-1:].isdigit() else ""
    return re.compile(rf"(?<![0-9A-Za-z]){body}{ends}"), re.compile(body)


def locate(sentence: str, surface: str, occurrence: int = 0) -> tuple[int, int] | None:
    """The ``(start, end)`` of the ``occurrence``-th (0-based) ``surface`` in ``sentence``, or ``None``.

    An occurrence past the last one gives the last one.

    >>> locate("rose from 12% to 15%, and 12% of ...", "12%", 1)
    (26, 29)
    >>> locate("in 2012 there were 12 posts", "12")
    (19, 21)
    >>> locate("be changed to read £150k instead of £150.", "£150"), locate("1.5 of 1,500 or 1", "1")
    ((36, 40), (16, 17))
    """
    spans = _spans(sentence, surface)
    if not spans:
        return None
    return spans[min(max(occurrence, 0), len(spans) - 1)]


def occurrence_index(frame: pd.DataFrame, group: Sequence[str] = ("segment_id", "sentence", "surface")) -> pd.Series:
    """For rows sharing a sentence and a surface, their order by ``raw_start`` (0, 1, ...).

    Used with :func:`highlight`: the second "12%" figure of a sentence marks the second "12%".
    """
    if frame.empty:
        return pd.Series([], dtype="int64", index=frame.index)
    ordered = frame.sort_values([*group, "raw_start"], kind="mergesort")
    return ordered.groupby(list(group), sort=False, dropna=False).cumcount().reindex(frame.index).astype("int64")


# ----------------------------------------------------------------------------- themes


def indicator_info(path: Any = None) -> dict[str, tuple[str, str]]:
    """``{indicator_id: (label, definition)}`` from ``data/indicators.yml`` (read by the figures
    stage's loader; a missing or broken file is a :class:`~analysis.errors.ConfigError`)."""
    from . import figures as fig_mod

    return {i.id: (i.label, i.definition) for i in fig_mod.load_indicators(path)}


def segment_themes(segments: pd.DataFrame, topics: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Segments with their council, theme, topic and topic label (``unassigned`` if the topics table
    has no row for a segment). Sorted by ``doc_id``, ``seq``."""
    seg = segments.merge(documents[["doc_id", "council", "council_slug"]], on="doc_id", how="left")
    top = topics[["segment_id", "theme", "topic", "topic_label"]]
    out = seg.merge(top, on="segment_id", how="left")
    out["theme"] = out["theme"].astype("string").fillna(UNASSIGNED)
    out["topic_label"] = out["topic_label"].astype("string").fillna(UNASSIGNED)
    return out.sort_values(["doc_id", "seq"], kind="mergesort").reset_index(drop=True)


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


def with_topic_weight(seg_themes: pd.DataFrame, topics: pd.DataFrame) -> pd.DataFrame:
    """(r41keys) ``seg_themes`` with each segment's ``topic_weight`` from ``topics`` (0: a segment without content,
    placed in its theme's topic), for :func:`distinctive_topics`; as it is when ``topics`` has no such column.

    >>> s = pd.DataFrame({"segment_id": ["a:0", "a:1"], "topic": [1, 1]})
    >>> with_topic_weight(s, pd.DataFrame({"segment_id": ["a:1", "a:0"], "topic_weight": [0.0, 0.7]}))["topic_weight"].tolist()
    [0.7, 0.0]
    """
    if "topic_weight" not in topics.columns:
        return seg_themes
    return seg_themes.merge(topics[["segment_id", "topic_weight"]], on="segment_id", how="left")


def distinctive_topics(seg_themes: pd.DataFrame, min_segments: int = 2, min_fraction: float = 0.8) -> pd.DataFrame:
    """Topics (clusters) found mostly in one council: at least ``min_segments`` of its segments and at
    least ``min_fraction`` of the topic's segments there. Columns ``council_slug``, ``topic``,
    ``topic_label``, ``segments``, ``fraction``.

    Only segments with content count (r41keys): a segment without a content word ("Noted.", a heading) is placed in
    its coded theme's topic (``topic_weight`` 0, :func:`analysis.topics.place_no_content`) so that topic shares add
    up, but its words say nothing of what was discussed, so it neither makes a topic one council's nor keeps it from
    being one; with a ``topic_weight`` column those rows (weight 0) are left out, as the segments of topic -1 are.

    >>> s = pd.DataFrame({"council_slug": ["a", "a", "a", "b"], "topic": [1, 1, 2, 2],
    ...                   "topic_label": ["x", "x", "y", "y"]})
    >>> distinctive_topics(s)[["council_slug", "topic_label", "segments"]].values.tolist()
    [['a', 'x', 2]]
    >>> placed = pd.concat([s, s.iloc[[0]].assign(council_slug="b")]).assign(topic_weight=[1.0, 1.0, 1.0, 1.0, 0.0])
    >>> distinctive_topics(placed)[["council_slug", "topic_label", "segments"]].values.tolist()
    [['a', 'x', 2]]
    """
    s = seg_themes.dropna(subset=["topic"])
    # -1: segments without content whose coded theme no topic holds; weight 0: those placed in their theme's topic
    s = s[s["topic"].astype("int64") >= 0]
    if "topic_weight" in s.columns:
        s = s[~(s["topic_weight"] == 0)]
    if s.empty or s["council_slug"].nunique() < 2:
        return pd.DataFrame(columns=["council_slug", "topic", "topic_label", "segments", "fraction"])
    counts = s.groupby(["topic", "topic_label", "council_slug"], sort=True).size().rename("segments").reset_index()
    counts["fraction"] = counts["segments"] / counts.groupby("topic")["segments"].transform("sum")
    out = counts[(counts["segments"] >= min_segments) & (counts["fraction"] >= min_fraction)]
    out = out[["council_slug", "topic", "topic_label", "segments", "fraction"]]
    return out.sort_values(["council_slug", "segments", "topic"], ascending=[True, False, True], kind="mergesort").reset_index(drop=True)


# ----------------------------------------------------------------------------- periods


def reporting_periods(numbers: pd.DataFrame, keep_horizons: bool = False) -> pd.DataFrame:
    """``(doc_id, period)``: the reporting periods each document mentions (``kind == "period"``
    numbers), as ``figures.reporting_periods`` derives them (a horizon, "by 2032/33", counted only with
    ``keep_horizons``)."""
    from .figures import reporting_periods as from_numbers

    out = from_numbers(numbers, keep_horizons=keep_horizons)
    out = out[["doc_id", "period"]].astype({"doc_id": "string", "period": "string"})
    return out.reset_index(drop=True)


def periods_by_document(periods: pd.DataFrame) -> pd.Series:
    """``doc_id -> "Q2 2025/26; 2024/25"`` (periods joined in their given order)."""
    if periods.empty:
        return pd.Series(dtype="string")
    # (r43scale) one dict pass, not a Python function per pandas group (a group per sentence in figure_periods); the
    # Series groupby(sort=True).agg gave: sorted ids (a missing one left out), the columns' dtypes and names
    joined: dict[Any, dict[str, None]] = {}
    for doc_id, period in zip(periods["doc_id"].tolist(), periods["period"].tolist()):
        if not pd.isna(doc_id):
            joined.setdefault(doc_id, {})[str(period)] = None
    ids = sorted(joined)
    index = pd.Index(ids, dtype=periods["doc_id"].dtype, name="doc_id")
    return pd.Series(["; ".join(joined[i]) for i in ids], index=index, dtype=periods["period"].dtype, name="period")


# ----------------------------------------------------------------------------- figures


def figure_table(figures: pd.DataFrame, topics: pd.DataFrame, documents: pd.DataFrame,
                 numbers: pd.DataFrame | None = None, doc_periods: pd.Series | None = None,
                 rules: FigureRules | None = None) -> pd.DataFrame:
    """Every figure with ``council_slug``, ``file``, ``source_url``, ``committee``, ``title``,
    ``theme``, ``topic_label``, ``track`` (normalised status), ``period`` and ``occurrence`` (for
    highlighting): the ``council_figures`` table. Sorted by council, document and position.

    ``topics`` is the topics table or :func:`segment_themes` (each gives ``segment_id``, ``theme``,
    ``topic_label``); ``doc_periods`` is :func:`periods_by_document` of ``numbers`` when already at
    hand (see :func:`figure_periods`). (r42bound, r43report) A figures table of an older run, without the columns added
    since (``bound``, ``part``: :func:`.schemas.with_later_columns`), gives each figure none."""
    docs = documents[["doc_id", "council_slug", "file", "source_url", "committee", "title"]]
    figures = with_later_columns("figures", figures)
    out = figures.merge(docs, on="doc_id", how="left")
    out = out.merge(topics[["segment_id", "theme", "topic_label"]], on="segment_id", how="left")
    out["theme"] = out["theme"].astype("string").fillna(UNASSIGNED)
    out["topic_label"] = out["topic_label"].astype("string").fillna(UNASSIGNED)
    out["track"] = [track_status(s, rules) for s in out["status"]]  # (r35twins: the rules' track phrases)
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
    out["period"] = figure_periods(out, numbers, doc_periods)
    return out.sort_values(["council_slug", "doc_id", "raw_start", "raw_end"], kind="mergesort").reset_index(drop=True)


def figure_periods(figs: pd.DataFrame, numbers: pd.DataFrame | None,
                   doc_periods: pd.Series | None = None) -> list[str | None]:
    """The reporting period of each figure: the period named right after it ("from 263 in 2008-09 to 4,879 in
    2017-18", "£3 million in 2025/26, and £3.5 million in 2026/27", "433 at the end of Quarter 3": :func:`_direct_periods`),
    else a period named in its sentence, else the periods its document mentions (joined by ``; ``; also when the
    sentence names only part of it, such as "Q1" of "Q1 2024/25"), else ``None``. ``doc_periods``:
    ``periods_by_document(reporting_periods(numbers))``, computed here when not given.

    A period named in a comparison phrase ("compared with 62% at the end of Quarter 2": from "compared with/to",
    "versus", ... to the end of its clause, :func:`analysis.figures.context.comparison_phrases`) is the period of the
    figures in that phrase - the comparison points - only: "Referrals were 1,088 in Quarter 4 compared to 1,074 in
    Quarter 3" gives 1,088 Q4 and 1,074 Q3, and "Timeliness was 88% this quarter, compared with 62% at the end of
    Quarter 2, and 412 plans are open" gives 88% and 412 the document's period, not Q2. The other figures of the
    sentence take the periods named outside its comparison phrases (the document's when there are none), and a
    figure in a comparison phrase naming no period takes the sentence's periods as before ("compared with 62%
    nationally": the same period). A quarter named right after a figure without a year takes its sentence's or
    document's one year (:func:`_with_year`). Figures need ``segment_id``, ``sentence``, ``surface``, ``doc_id`` and
    ``raw_start``; their ``occurrence`` (:func:`figure_table`'s: among the sentence's figures and numbers of the same
    surface) is used to find each in its sentence when given, else it is counted here the same way, over every
    number of ``numbers``. Numbers need the same columns (no ``occurrence``) and ``kind``.

    >>> s = "Referrals were 1,088 in Quarter 4 2024/25 compared to 1,074 in Quarter 3 2024/25, and 412 plans are open."
    >>> figs = pd.DataFrame({"doc_id": "d", "segment_id": "d:0", "sentence": s, "surface": ["1,088", "1,074", "412"],
    ...                      "raw_start": [15, 50, 90]})
    >>> nums = pd.DataFrame({"doc_id": "d", "segment_id": "d:0", "sentence": s, "kind": "period",
    ...                      "surface": ["Quarter 4", "2024/25", "Quarter 3", "2024/25"], "raw_start": [24, 34, 59, 69]})
    >>> figure_periods(figs, nums)
    ['Q4 2024/25', 'Q3 2024/25', 'Q4 2024/25']
    """
    if numbers is None or numbers.empty or figs.empty:
        return [None] * len(figs)
    numbers = numbers.reset_index(drop=True)  # (``_placed`` finds the period rows among them by label)
    per = numbers[numbers["kind"] == "period"]
    # The period of a sentence (or of one part of it): reporting_periods applied to those period numbers alone.
    at = _placed(figs, per, numbers)
    part, fig_part = _period_parts(figs, per, at)
    keys = list(dict.fromkeys(zip(per["segment_id"], per["sentence"])))
    keys += list(dict.fromkeys(k for k in zip(per["segment_id"], per["sentence"], part) if k[2] is not None))
    key_ids = {k: f"{i:08d}" for i, k in enumerate(keys)}
    sent_ids = [key_ids[k] for k in zip(per["segment_id"], per["sentence"])]
    part_ids = [key_ids[(a, b, c)] for a, b, c in zip(per["segment_id"], per["sentence"], part) if c is not None]
    with_parts = pd.concat([per.assign(doc_id=sent_ids), per[[c is not None for c in part]].assign(doc_id=part_ids)],
                           ignore_index=True)
    sentence_periods = periods_by_document(reporting_periods(with_parts, keep_horizons=True)) if len(with_parts) else pd.Series(dtype="string")
    in_sentence = {k: sentence_periods.get(i) for k, i in key_ids.items()}
    if doc_periods is None:
        doc_periods = periods_by_document(reporting_periods(numbers))
    direct = _direct_periods(figs, per, at)
    out: list[str | None] = []
    for seg, sent, doc, fp, d in zip(figs["segment_id"], figs["sentence"], figs["doc_id"], fig_part, direct):
        p = in_sentence.get((seg, sent))
        if d is not None:  # "£3 million in 2025/26, and £3.5 million in 2026/27": the period right after it
            p = _with_year(d, p, doc_periods.get(doc))
        elif fp is not None:  # the sentence has comparison phrases naming periods: the figure's part's own
            own = in_sentence.get((seg, sent, fp))
            if own is not None or fp == "out":
                p = own
        whole = doc_periods.get(doc)
        if p is None or (isinstance(whole, str) and isinstance(p, str) and p in whole):
            # No period in the sentence, or only part of the document's ("Q1" of "Q1 2024/25").
            p = whole if isinstance(whole, str) else p
        out.append(None if p is None or (not isinstance(p, str) and pd.isna(p)) else str(p))
    return out


_YEAR = re.compile(r"\b\d{4}/\d{2}\b")


def _with_year(direct: str, sentence: Any, document: Any) -> str:
    """A quarter named right after a figure without a year ("433 at the end of Quarter 4") takes the one financial
    year its sentence's periods name, else the one its document's name ("Q3 2024/25" -> "Q4 2024/25"), so that
    "from 439 at the end of Quarter 3 to 433 at the end of Quarter 4" gives both quarters one year; with none or
    several it stays a quarter alone.

    >>> _with_year("Q4", None, "Q3 2024/25"), _with_year("Q4", "2023/24", "Q3 2024/25"), _with_year("Q4", None, "2023/24; 2024/25")
    ('Q4 2024/25', 'Q4 2023/24', 'Q4')
    """
    if not QUARTER_ALONE.fullmatch(direct):
        return direct
    for where in (sentence, document):
        years = set(_YEAR.findall(where)) if isinstance(where, str) else set()
        if len(years) == 1:
            return f"{direct} {years.pop()}"
        if years:
            break
    return direct


#: What may stand between a figure and the period it is of: "£2m 2027/28", "£3 million in 2025/26", "8% at the end of
#: 2015/16", "£11.8m for the financial year 2024/25", "£40m by 2026/27" (no verb, no other noun).
_DIRECT_PERIOD_GAP = re.compile(r"\s*(?:(?:in|at|for|during|by|of|the|end|financial|year|quarter)\s+){0,5}", re.I)


def _placed(figs: pd.DataFrame, per: pd.DataFrame, numbers: pd.DataFrame | None = None) -> list[tuple[int, int] | None]:
    """Where each period number, then each figure, stands in its sentence (:func:`locate`, by its occurrence among the
    sentence's figures and ``numbers`` - all of them, as :func:`figure_table` counts them; a figure's own
    ``occurrence`` column when it has one), for the sentences that name a period; ``None`` elsewhere. Rows: ``per``'s
    (a subset of ``numbers``, which defaults to ``per``), then ``figs``'."""
    out: list[tuple[int, int] | None] = [None] * (len(per) + len(figs))
    sents = set(per["sentence"])
    if numbers is None:
        numbers = per
    cols = ["segment_id", "sentence", "surface", "raw_start"]
    nums = numbers[[s in sents for s in numbers["sentence"]]]
    fig_in = [s in sents for s in figs["sentence"]]
    both = pd.concat([nums[cols], figs[fig_in][cols]], ignore_index=True)
    occ = occurrence_index(both).to_numpy()
    num_occ = dict(zip(nums.index, occ[:len(nums)]))
    fig_occ = iter(occ[len(nums):])
    has_occ = "occurrence" in figs.columns
    per_rows = [(sent, surface, num_occ.get(i)) for i, sent, surface in zip(per.index, per["sentence"], per["surface"])]
    fig_rows = []
    for keep, sent, surface, o in zip(fig_in, figs["sentence"], figs["surface"],
                                      figs["occurrence"] if has_occ else [None] * len(figs)):
        own = next(fig_occ) if keep else None
        fig_rows.append((sent, surface, o if has_occ and keep and not pd.isna(o) else own))
    for i, (sent, surface, o) in enumerate(per_rows + fig_rows):
        if isinstance(sent, str) and o is not None:
            out[i] = locate(sent, str(surface), int(o))
    return out


def _direct_periods(figs: pd.DataFrame, per: pd.DataFrame, at: list[tuple[int, int] | None]) -> list[str | None]:
    """Per figure, the period named right after it (:data:`_DIRECT_PERIOD_GAP`; a quarter and the year right after it
    together, "in Quarter 3 2024/25"), or ``None``: the period it is of, whatever else its sentence names. ``at``:
    :func:`_placed`."""
    n = len(per)
    out: list[str | None] = [None] * len(figs)
    spans: dict[tuple[Any, Any], list[tuple[int, int, str]]] = {}
    for seg, sent, surface, pos in zip(per["segment_id"], per["sentence"], per["surface"], at[:n]):
        if pos is not None:
            spans.setdefault((seg, sent), []).append((pos[0], pos[1], str(surface)))
    for key in spans:
        spans[key].sort()
    for i, (seg, sent, pos) in enumerate(zip(figs["segment_id"], figs["sentence"], at[n:])):
        periods = spans.get((seg, sent)) if pos is not None else None
        if not periods:
            continue
        b = pos[1]  # type: ignore[index]
        k = next((k for k, (pa, _, _) in enumerate(periods) if pa >= b), None)
        if k is None or not _DIRECT_PERIOD_GAP.fullmatch(sent, b, periods[k][0]):
            continue
        quarter, year = period_label(periods[k][2])
        if quarter and not year and k + 1 < len(periods) and periods[k + 1][0] - periods[k][1] <= 3:
            year = period_label(periods[k + 1][2])[1]  # "Quarter 3 2024/25"
        out[i] = " ".join(x for x in (quarter, year) if x) or None
    return out


#: (r47walkfix) Where a target or plan phrase opens: "the target for 2024/25 was to increase that to 231", "a target of
#: 90% by 2025/26", "our ambition is ...", "the aim for Quarter 4 is ..."; not a status ("on target for 2024/25",
#: "above target", "met its target of ...": a status says how the reported value stands, its period is that value's).
_TARGET_OPENER = re.compile(
    r"(?<!\bon\s)(?<!\boff\s)(?<!\babove\s)(?<!\bbelow\s)(?<!\bbehind\s)(?<!\bmet\s)(?<!\bmissed\s)(?<!\bmeet\s)"
    r"(?<!\bexceeded\s)(?<!\bmeeting\s)(?<!\bmissing\s)(?<!\bexceeding\s)"
    r"\b(?:targets?|ambitions?|aims?|goals?|milestones?|trajector(?:y|ies))\s+(?:for|of|is|was|were|are|to|by|set)\b",
    re.IGNORECASE)
#: Where a target phrase ends: a clause break (",", ";", ":", a dash, a bracket, "while", "whereas", "but").
_TARGET_END = re.compile(r"[,;:]\s|\s[-\u2013\u2014]\s|[()]|\s(?:while|whereas|but)\b", re.IGNORECASE)


def target_phrases(sentence: str) -> list[tuple[int, int]]:
    """The target or plan phrases of a sentence (:data:`_TARGET_OPENER` to the end of its clause,
    :data:`_TARGET_END`): what such a phrase names - a period ("the target for 2024/25") - is the target's, not the
    period of the sentence's other figures, as a comparison phrase's is (:func:`figure_periods`).

    >>> t = "In 2023, a total of 195 schools had resourced provision, and the target for 2024/25 was to increase that to 231."
    >>> [t[a:b] for a, b in target_phrases(t)]
    ['target for 2024/25 was to increase that to 231.']
    >>> target_phrases("Timeliness was 88% in Q2 2024/25, on target for the year."), target_phrases("We met our target.")
    ([], [])
    >>> t = "Against a target of 90% for 2024/25, performance was 85%."
    >>> [t[a:b] for a, b in target_phrases(t)]
    ['target of 90% for 2024/25']
    """
    out: list[tuple[int, int]] = []
    for m in _TARGET_OPENER.finditer(sentence):
        if out and m.start() < out[-1][1]:
            continue
        end = _TARGET_END.search(sentence, m.end())
        out.append((m.start(), end.start() if end is not None else len(sentence)))
    return out


def _phrases(sentence: str) -> list[tuple[int, int]]:
    """A sentence's comparison phrases (:func:`analysis.figures.context.comparison_phrases`) and target phrases
    (:func:`target_phrases`) not inside one of them, in order."""
    from .figures.context import comparison_phrases

    comp = comparison_phrases(sentence, 0, len(sentence))
    extra = [(a, b) for a, b in target_phrases(sentence) if not any(x <= a < y for x, y in comp)]
    return sorted(comp + extra)


def _period_parts(figs: pd.DataFrame, per: pd.DataFrame,
                  at: list[tuple[int, int] | None]) -> tuple[list[str | None], list[str | None]]:
    """The part of its sentence each period number and each figure is in, for sentences with a comparison or target
    phrase (:func:`_phrases`, r47walkfix) naming a period (:func:`figure_periods`): ``"c<start>"`` for the phrase, ``"out"`` outside every phrase; ``None``
    in any other sentence. ``at``: :func:`_placed`. Returns ``(parts of per's rows, parts of figs' rows)``."""
    none = ([None] * len(per), [None] * len(figs))
    phrases = {sent: _phrases(sent) for sent in set(per["sentence"]) if isinstance(sent, str)}
    if not any(phrases.values()):
        return none
    sentences = [*per["sentence"], *figs["sentence"]]
    parts: list[str | None] = [None] * len(sentences)
    for i, (sent, pos) in enumerate(zip(sentences, at)):
        spans = phrases.get(sent) if pos is not None else None
        if spans:
            parts[i] = next((f"c{a}" for a, b in spans if a <= pos[0] < b), "out")  # type: ignore[index]
    n = len(per)
    named = {sent for sent, w in zip(per["sentence"], parts[:n]) if w is not None and w != "out"}
    keep = [w if w is not None and sent in named else None for w, sent in zip(parts, sentences)]
    return keep[:n], keep[n:]


def is_reference(sentence: Any, surface: Any, occurrence: int = 0, rules: FigureRules | None = None) -> bool:
    """True when a figure is a comparison point rather than the value reported (the figures stage's rule,
    :func:`analysis.figures.reference.reference_kind`, on the sentence alone): the words just before it are "from",
    "compared with", "target of", "national average of", "last year", ..., it stands in a comparison phrase ("compared
    to around £4,000 at the same time last year", "compared to 410 and 49 residential last year":
    :func:`analysis.figures.context.comparison_phrases`), its clause is about a benchmark ("Across England, 3,928
    children", "81,000 children in care nationally", "the national average (59.9%)"), a target or plan ("an ambition to
    reach 100%") or an earlier value ("a 9.6% increase on 2019's recorded figure of 793"). A bound is none ("more than
    6,000 EHC plans"). ``rules``: the figure rules (:class:`analysis.figures.FigureRules`; default: the shipped file,
    or ``$CM_FIGURE_RULES``).

    >>> s = "EHCP timeliness improved to 68%, up from 60%, against a target of 65%."
    >>> [is_reference(s, x) for x in ("68%", "60%", "65%")]
    [False, True, True]
    >>> is_reference("Costs rose from £4,500 to £6,500.", "£6,500")
    False
    >>> s = "Out of county placements were 320 compared to 410 and 49 residential last year, and 12 are new."
    >>> [is_reference(s, x) for x in ("320", "410", "49", "12")]
    [False, True, True, False]
    """
    if sentence is None or surface is None:
        return False
    text = str(sentence)
    span = locate(text, str(surface), occurrence)
    if span is None:
        return False
    from .figures.reference import reference_kind
    from .figures.rules import load_rules

    kind = reference_kind(text, 0, len(text), span[0], span[1], rules=load_rules() if rules is None else rules)
    return kind is not None


def is_reference_column(indicator: Any) -> bool:
    """True when a figure's ``indicator`` phrase says it sits in a table's target or benchmark column
    (:func:`analysis.figures.reference.column_kind`).

    >>> [is_reference_column(x) for x in ("Target, Re-referrals within 12 months", "England average, EHCPs issued",
    ...                                   "Re-referrals within 12 months, Q3 2023/24", "targeted support", None)]
    [True, True, False, False, False]
    """
    from .figures.reference import column_kind

    return column_kind(indicator) is not None


def is_comparison_point(figs: pd.DataFrame, rules: FigureRules | None = None) -> list[bool]:
    """Per figure: is it a comparison point (a national or regional average, a target, an earlier value, ...)? The
    figures stage's ``reference`` column says so (its kind, or null for the council's own value); a table without that
    column (figures of an older run) is read by :func:`is_reference` and :func:`is_reference_column` instead, with
    ``rules``: the figure rules the figures were made with (the compare stage's ``rules``; default the shipped file or
    ``$CM_FIGURE_RULES``, read once for the table)."""
    if "reference" in figs.columns:
        return [isinstance(r, str) and r != "" for r in figs["reference"]]
    if rules is None:
        from .figures.rules import load_rules

        rules = load_rules()
    ref = [is_reference(se, su, int(o), rules) for se, su, o in zip(figs["sentence"], figs["surface"], figs["occurrence"])]
    if "indicator" in figs.columns:
        ref = [r or is_reference_column(i) for r, i in zip(ref, figs["indicator"])]
    return ref


def _value_rank(figs: pd.DataFrame, rules: FigureRules | None = None) -> list[int]:
    """Per figure: 2 for a reported level, 1 for a comparison point ("up from 60%", "the national average (59.9%)":
    :func:`is_comparison_point`, with ``rules``), 0 for a change ("rose by 5%")."""
    level = ~figs["is_change"].fillna(False).astype(bool)
    ref = is_comparison_point(figs, rules)
    return [0 if not lv else (1 if r else 2) for lv, r in zip(level, ref)]


#: (r47walkfix) words saying a figure's clause is about the whole, not one part ("an overspend of 1.604 million is
#: projected against the overall schools budget", "the total over spend in-year was £3.907m")
_WHOLE = re.compile(r"\b(?:overall|total|totals|totalling|totaling|in\s+all|altogether|whole)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-\u2013\u2014]\s|\b(?:and|but|while|whereas|which|with)\b")


def names_whole(sentence: Any, surface: Any, occurrence: int = 0) -> bool:
    """True when the clause holding a figure says it is the whole ("overall", "total", "in all", ...): the words from
    the clause break before the figure (``,;:()``, a dash, "and", "but", "which", "with", ...) to the one after it.

    >>> names_whole("At this point an overspend of 1.604 million is projected against the overall schools budget.",
    ...             "1.604 million")
    True
    >>> names_whole("The projected overspend against top up budgets for high needs pupils has reduced to 2.265m.", "2.265m")
    False
    >>> s = "There was a total underspend of £0.148m within maintained and £0.76m within primary."
    >>> names_whole(s, "£0.148m"), names_whole(s, "£0.76m")
    (True, False)
    """
    if not isinstance(sentence, str) or not isinstance(surface, str):
        return False
    span = locate(sentence, surface, occurrence)
    if span is None:
        return False
    before = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, span[0])]
    after = _CLAUSE_BREAK.search(sentence, span[1])
    clause = sentence[(before[-1] if before else 0):(after.start() if after else len(sentence))]
    return _WHOLE.search(clause) is not None


def _whole_rank(figs: pd.DataFrame) -> list[int]:
    """Per figure: 1 when its clause names the whole (:func:`names_whole`), else 0."""
    occ = figs["occurrence"] if "occurrence" in figs.columns else pd.Series(0, index=figs.index)
    return [int(names_whole(se, su, int(o) if pd.notna(o) else 0))
            for se, su, o in zip(figs["sentence"], figs["surface"], occ)]


def indicator_series(fig_table: pd.DataFrame, rules: FigureRules | None = None) -> pd.DataFrame:
    """Every value of every council x indicator over its meetings: one row per council,
    ``indicator_id`` and document (meeting), holding the value that document reported.

    Within a document a level whose clause names the whole ("against the overall schools budget", "the total
    overspend": :func:`names_whole`, r47walkfix) is taken over the document's other levels (its lines: "against top up
    budgets ... 2.265m"); among equals the last in text order; a change ("rose by 5%") only when there is nothing
    else. A comparison point ("up from 60%", "target of 65%", "compared with 65% nationally", a cell of a
    table's "Target" or "England average" column: :func:`is_comparison_point`) is never taken: it is not the council's
    value, so a document that reports only comparison points for an indicator has no row for it (its figures stay in
    ``council_figures``, where ``reference`` names their kind). Columns: the chosen figure's columns plus ``n_values``
    (figures of that indicator in that document, comparison points included). Sorted by council, indicator, meeting
    date (undated last) and ``doc_id``; the table as written is in its schema key's order (council, indicator,
    ``doc_id``: ``schemas.check_table``), so a reader of the file sorts by ``meeting_date`` (``report.in_meeting_order``). ``rules``: the figure rules for a table without the ``reference`` column
    (:func:`is_comparison_point`).
    """
    f = fig_table.dropna(subset=["indicator_id"])
    cols = list(fig_table.columns) + ["n_values"]
    if f.empty:
        return pd.DataFrame(columns=cols)
    f = f.assign(_rank=_value_rank(f, rules))
    f = f.assign(_whole=_whole_rank(f))
    group = ["council_slug", "indicator_id", "doc_id"]
    f = f.sort_values([*group, "_rank", "_whole", "raw_start"], kind="mergesort")
    n = f.groupby(group, sort=False).size().rename("n_values")
    f = f[f["_rank"] != 1]  # a comparison point is not the council's value (after counting: n_values counts it)
    if f.empty:
        return pd.DataFrame(columns=cols)
    picked = f.drop_duplicates(group, keep="last").drop(columns=["_rank", "_whole"])
    out = picked.merge(n.reset_index(), on=group, how="left")
    out["_undated"] = out["meeting_date"].isna()
    out = out.sort_values(["council_slug", "indicator_id", "_undated", "meeting_date", "doc_id"], kind="mergesort")
    return out.drop(columns=["_undated"])[cols].reset_index(drop=True)


def period_end(period: Any) -> str | None:
    """The last day (``YYYY-MM-DD``) of a document's reporting period (:func:`periods_by_document`): the end of its
    quarter of the financial year, or of the financial year; the latest when several are joined by ``; ``. ``None``
    for no period, a quarter with no year, or a span that is no single financial year ("2022/27").

    >>> period_end("Q2 2024/25"), period_end("2024/25"), period_end("Q3 2019/20; 2018/19"), period_end("Q4 2023/24")
    ('2024-09-30', '2025-03-31', '2019-12-31', '2024-03-31')
    >>> period_end("2022/27"), period_end("Q1"), period_end(None), period_end("1999/00")
    (None, None, None, '2000-03-31')
    """
    if not isinstance(period, str):
        return None
    ends = []
    for part in period.split("; "):
        quarter, first = label_parts(part.strip())  # (a document's label, as reporting_periods makes it)
        if first is None:
            continue
        quarter = quarter or 4
        ends.append(quarter_end(quarter, first).isoformat())  # (the end of Q4 is the year's)
    return max(ends) if ends else None


def latest_values(fig_table: pd.DataFrame, series: pd.DataFrame | None = None,
                  rules: FigureRules | None = None, doc_periods: pd.Series | None = None) -> pd.DataFrame:
    """The council x indicator table: for each council and ``indicator_id``, its latest figure.

    Latest = the value of the most recent meeting in :func:`indicator_series` (``series``, computed
    from ``fig_table`` with ``rules`` when not given). When any of the council's documents reporting the indicator
    has no date:

    * with ``doc_periods`` (``doc_id -> "Q2 2024/25"``, :func:`periods_by_document`, as :func:`build` passes it), an
      undated document stands at the end of its reporting period (:func:`period_end`), so a monitoring report of
      2024/25 is later than a meeting of November 2022 and earlier than one of July 2025 (ties: a dated meeting
      first, then ``doc_id``); an undated document with no period (or only a quarter) cannot be placed and comes
      before every placed one, ordered by ``doc_id``. ``ordered_by`` is ``"reporting period (meeting date
      missing)"`` when every document was placed, else ``"doc_id (meeting date missing)"``;
    * without it, documents are ordered by ``doc_id`` and ``ordered_by`` says so.

    Columns: every figure column plus ``n_values`` (figures of that indicator in that council) and ``ordered_by``.
    """
    cols = list(fig_table.columns) + ["n_values", "ordered_by"]
    s = indicator_series(fig_table, rules) if series is None else series
    if s.empty:
        return pd.DataFrame(columns=cols)
    key = ["council_slug", "indicator_id"]
    dated = s["meeting_date"].notna().groupby([s[k] for k in key]).transform("all")
    total = s.groupby(key, sort=False)["n_values"].transform("sum")
    s = s.assign(n_values=total.astype("int64"), _dated=dated.to_numpy())
    if doc_periods is None:
        s = s.assign(_when=s["meeting_date"].where(dated, "").fillna(""), _tie=0)
        placed = pd.Series(False, index=s.index)
    else:
        ends = [None if isinstance(d, str) else period_end(doc_periods.get(doc))
                for d, doc in zip(s["meeting_date"], s["doc_id"])]
        when = [d if isinstance(d, str) else (e or "") for d, e in zip(s["meeting_date"], ends)]
        s = s.assign(_when=when, _tie=[0 if isinstance(d, str) else 1 for d in s["meeting_date"]])
        every = pd.Series([w != "" for w in when], index=s.index).groupby([s[k] for k in key]).transform("all")
        placed = every & ~s["_dated"]
    s = s.assign(_placed=placed.to_numpy())
    s = s.sort_values([*key, "_when", "_tie", "doc_id"], kind="mergesort").drop_duplicates(key, keep="last")
    s["ordered_by"] = ["meeting date" if d else ("reporting period (meeting date missing)" if p
                                                 else "doc_id (meeting date missing)")
                       for d, p in zip(s["_dated"], s["_placed"])]
    return s[cols].sort_values(key, kind="mergesort").reset_index(drop=True)


def shared_indicators(latest: pd.DataFrame, min_councils: int = 2) -> list[tuple[str, str]]:
    """``(indicator_id, unit)`` pairs reported by at least ``min_councils`` councils, sorted."""
    if latest.empty:
        return []
    n = latest.groupby(["indicator_id", "unit"], sort=True)["council_slug"].nunique()
    return [(str(i), str(u)) for (i, u), k in n.items() if k >= min_councils]


def _reported_track(sent: str, rules: FigureRules) -> tuple[re.Match[str] | None, str | None]:
    """The first phrase of ``sent`` saying something is not on track (``rules.off_track_re``), else on track
    (:func:`_on_tracks`), that reports a state rather than an aim, a hope, a plan, a condition or a question
    (r34status: :func:`.figures.context.status_is_aim`), with its track; ``(None, None)`` when none does.

    >>> from .figures.rules import load_rules
    >>> m, t = _reported_track("This was anticipated to bring the savings plan back on track.", load_rules())
    >>> m, t
    (None, None)
    >>> _reported_track("We need to get back on track, but 61% of actions are off track.", load_rules())[1]
    'not on track'
    """
    from .figures.context import status_is_aim

    assert rules.off_track_re is not None
    for matches, track in ((rules.off_track_re.finditer(sent), OFF), (_on_tracks(sent, rules), ON)):
        for m in matches:
            if not status_is_aim(sent, m.start(), len(sent), rules):
                return m, track
    return None, None


def track_statements(seg_themes: pd.DataFrame, texts: dict[str, str] | None = None,
                     rules: FigureRules | None = None) -> pd.DataFrame:
    """Sentences of the minutes saying something is (not) on track, on/below/above target (r34status: not one that
    only hopes, plans, aims or asks so, :func:`_reported_track`; ``rules``: the figure rules whose ``status.aims`` say
    which, default the shipped file).

    Columns: ``council_slug``, ``doc_id``, ``segment_id``, ``theme``, ``track`` (``not on track`` /
    ``on track``), ``sentence``, ``phrase_start``, ``phrase_end`` (the phrase within the sentence),
    ``raw_start``, ``raw_end``: the sentence's characters in the document text when ``texts``
    (``{doc_id: text}``, see ``corpus.load_texts``) is given, else the segment's.
    """
    from .clean import split_sentences as split

    rules = _track_rules(rules)
    assert rules.off_track_re is not None and rules.on_track_re is not None
    rows = []
    for r in seg_themes.itertuples():
        text = str(r.text)
        if not _may_track(text, rules=rules) or not (rules.off_track_re.search(text) or rules.on_track_re.search(text)):
            continue
        norm = _segment_norm(texts, r)
        for a, b in split(text):
            sent = text[a:b]
            m, track = _reported_track(sent, rules)
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
    text), or ``None`` when no texts are given. A document missing from ``texts`` or a slice that
    does not normalise to the segment's text breaks the provenance contract: an error, not a guess.
    """
    if texts is None:
        return None
    from .clean import normalise
    from .errors import PipelineError

    if seg.doc_id not in texts:
        raise PipelineError(f"text/{seg.doc_id}.txt was not loaded: rerun the clean stage (make all).")
    norm = normalise(texts[seg.doc_id][int(seg.raw_start):int(seg.raw_end)])
    if norm.text != str(seg.text):
        raise PipelineError(
            f"segment {seg.segment_id}: text/{seg.doc_id}.txt[{int(seg.raw_start)}:{int(seg.raw_end)}] does not "
            "match the segments table; the processed folder is inconsistent: rerun make all."
        )
    return norm


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




# ----------------------------------------------------------------------------- the stage

#: The tables this stage writes (declared in ``schemas.py``), in the order they are built.
TABLES = ("council_figures", "indicator_series", "indicator_latest", "track_statements", "council_theme_shares",
          "council_topic_shares", "distinctive_themes", "distinctive_topics", "document_periods")
#: The tables it reads.
INPUT_TABLES = ("documents", "segments", "figures", "numbers", "topics", "theme_shares")

ALL_PERIODS = "all"
UNDATED = "undated"


def period_shares(theme_shares_table: pd.DataFrame) -> pd.DataFrame:
    """The ``council_theme_shares`` table from the topics stage's per-document ``theme_shares``:
    words and segments summed per council and period (``all``, ``YYYY-Qn`` or ``undated``) and theme.

    >>> t = pd.DataFrame({"council_slug": ["a"] * 4, "doc_id": ["1", "1", "2", "2"], "period": ["2024-Q1", "2024-Q1", None, None],
    ...                   "theme": ["send", "care", "send", "care"], "theme_name": ["SEND", "Care", "SEND", "Care"],
    ...                   "n_segments": [1, 1, 1, 0], "n_words": [10, 10, 20, 0]})
    >>> period_shares(t)[["period", "theme", "share"]].values.tolist()
    [['2024-Q1', 'care', 0.5], ['2024-Q1', 'send', 0.5], ['all', 'care', 0.25], ['all', 'send', 0.75], ['undated', 'care', 0.0], ['undated', 'send', 1.0]]
    """
    t = theme_shares_table.rename(columns={"n_segments": "segments", "n_words": "words"})
    names = t[["theme", "theme_name"]].drop_duplicates("theme")
    res = shares_by_period(t, ["theme"]).merge(names, on="theme", how="left")
    return res[["council_slug", "period", "theme", "theme_name", "segments", "words", "share"]]


def topic_period_shares(seg_themes: pd.DataFrame, periods: pd.Series) -> pd.DataFrame:
    """The ``council_topic_shares`` table: per council, period (``all``, ``YYYY-Qn``, ``undated``;
    ``periods`` maps ``doc_id`` to its quarter), topic and the theme of its segments: segments,
    words and share of the council's words in that period. Segments without a topics row are left out.

    >>> s = pd.DataFrame({"council_slug": ["a", "a", "a"], "doc_id": ["1", "1", "2"], "topic": [0, 1, 0],
    ...                   "topic_label": ["x", "y", "x"], "theme": ["send", "other", "send"], "n_words": [30, 10, 60]})
    >>> topic_period_shares(s, pd.Series({"1": "2024-Q1", "2": None}))[["period", "topic", "share"]].values.tolist()
    [['2024-Q1', 0, 0.75], ['2024-Q1', 1, 0.25], ['all', 0, 0.9], ['all', 1, 0.1], ['undated', 0, 1.0]]
    """
    s = seg_themes.dropna(subset=["topic"])
    s = s.assign(period=s["doc_id"].map(periods), topic=s["topic"].astype("int64"), segments=1, words=s["n_words"])
    return shares_by_period(s, ["topic", "topic_label", "theme"])


def shares_by_period(rows: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    """``segments`` and ``words`` of ``rows`` summed per ``council_slug``, ``period`` and ``keys``,
    with ``share``: the fraction of the council's words in that period (0 when it has none). Every
    row counts in its ``period`` (missing: ``undated``) and in ``all``. Sorted by council, period and
    ``keys``. Serves :func:`period_shares` (per theme) and :func:`topic_period_shares` (per topic).

    >>> r = pd.DataFrame({"council_slug": ["a", "a"], "period": ["2024-Q1", None], "theme": ["send", "care"],
    ...                   "segments": [1, 2], "words": [30, 10]})
    >>> shares_by_period(r, ["theme"]).values.tolist()
    [['a', '2024-Q1', 'send', 1, 30, 1.0], ['a', 'all', 'care', 2, 10, 0.25], ['a', 'all', 'send', 1, 30, 0.75], ['a', 'undated', 'care', 2, 10, 1.0]]
    """
    per = rows["period"].astype(object)
    rows = rows.assign(period=per.where(per.notna(), UNDATED))
    group = ["council_slug", "period", *keys]
    out = []
    for frame in (rows.assign(period=ALL_PERIODS), rows):
        g = frame.groupby(group, sort=True).agg(segments=("segments", "sum"), words=("words", "sum")).reset_index()
        total = g.groupby(["council_slug", "period"])["words"].transform("sum")
        g["share"] = (g["words"] / total.where(total > 0)).fillna(0.0).astype(float)
        out.append(g)
    res = pd.concat(out, ignore_index=True).astype({"segments": "int64", "words": "int64"})
    return res.sort_values(group, kind="mergesort").reset_index(drop=True)


def indicator_labels(fig_table: pd.DataFrame, info: dict[str, tuple[str, str]]) -> dict[str, str]:
    """A readable name per ``indicator_id``: its label in the indicators file (``info``), else its
    most frequent ``indicator`` text among the figures, else the id with spaces.

    >>> f = pd.DataFrame({"indicator_id": ["a", "a", "b"], "indicator": ["x", "x", None]})
    >>> indicator_labels(f, {"c": ("C", "")})
    {'a': 'x', 'b': 'b'}
    """
    out = {}
    for ind, g in fig_table.dropna(subset=["indicator_id"]).groupby("indicator_id", sort=True):
        ind = str(ind)
        if ind in info:
            out[ind] = info[ind][0]
            continue
        counts = g["indicator"].dropna().astype(str).value_counts()
        out[ind] = sorted(counts.index, key=lambda x: (-int(counts[x]), x))[0] if len(counts) else ind.replace("_", " ")
    return out


def build(documents: pd.DataFrame, segments: pd.DataFrame, figures: pd.DataFrame, numbers: pd.DataFrame,
          topics: pd.DataFrame, theme_shares_table: pd.DataFrame, texts: dict[str, str],
          info: dict[str, tuple[str, str]], rules: FigureRules | None = None) -> dict[str, pd.DataFrame]:
    """Every cross-council table (see :data:`TABLES` and ``schemas.py``) from the processed tables,
    the document texts (``{doc_id: text}``, for the statements' character spans) and the indicators
    file's ``{id: (label, definition)}``. ``rules``: the figure rules the figures were made with, read for the track
    statements' aims (:func:`track_statements`; default the shipped file) and for a figures table of an older run,
    without the ``reference`` column (:func:`is_comparison_point`)."""
    seg = segment_themes(segments, topics, documents)  # topics joined once: the figures take theirs from seg
    by_doc = periods_by_document(reporting_periods(numbers))  # computed once: figures and documents
    figs = figure_table(figures, seg, documents, numbers, by_doc, rules)
    labels = indicator_labels(figs, info)
    series = indicator_series(figs, rules)
    series = series.assign(indicator_label=[labels[str(i)] for i in series["indicator_id"]])
    latest = latest_values(figs, series, doc_periods=by_doc)
    latest = latest.assign(indicator_label=[labels[str(i)] for i in latest["indicator_id"]],
                           indicator_definition=[(info.get(str(i), ("", ""))[1] or None) for i in latest["indicator_id"]])
    series = series[list(INDICATOR_SERIES.columns)]
    latest = latest[list(INDICATOR_LATEST.columns)]
    shares = period_shares(theme_shares_table)
    quarters = theme_shares_table.drop_duplicates("doc_id").set_index("doc_id")["period"]
    whole = shares[shares["period"] == ALL_PERIODS]
    dthemes = distinctive_themes(whole)
    dthemes = dthemes.merge(whole[["council_slug", "theme", "theme_name"]], on=["council_slug", "theme"], how="left")
    doc_periods = documents[["doc_id", "council_slug"]].assign(periods=documents["doc_id"].map(by_doc))
    return {
        "council_figures": figs,
        "indicator_series": series,
        "indicator_latest": latest,
        "track_statements": track_statements(seg, texts, rules),
        "council_theme_shares": shares,
        "council_topic_shares": topic_period_shares(seg, quarters),
        "distinctive_themes": dthemes,
        "distinctive_topics": distinctive_topics(with_topic_weight(seg, topics)),
        "document_periods": doc_periods,
    }


def run(raw_dir: Any = None, processed_dir: Any = None, indicators: Any = None,
        rules: Any = None) -> dict[str, pd.DataFrame]:
    """The compare stage: read the processed tables, build :data:`TABLES`, write them (Parquet +
    CSV, schema-checked, all or nothing) to the processed folder and return them. ``rules``: the figure rules file the
    figures stage was given (``figures.run(rules=...)``; default ``data/figure_rules.yml`` or ``$CM_FIGURE_RULES``),
    read for the phrases of the track statements and the figures' tracks (``status.off_track`` / ``on_track``,
    r35twins), the words of an aim that make a sentence no track statement (``status.aims``, r34status) and, when the
    figures table is an older run's, without its ``reference`` column, to read again from their sentences which
    figures are comparison points (:func:`is_comparison_point`)."""
    from . import paths
    from .corpus import load_texts
    from .io import read_table, write_tables

    processed = paths.processed_dir(processed_dir)
    t = {name: read_table(name, processed) for name in INPUT_TABLES}
    texts = load_texts(processed, t["documents"]["doc_id"])
    rule_set = None
    if rules is not None:  # (the track statements' aims, r34status; and a figures table without ``reference``)
        from .figures.rules import load_rules

        rule_set = load_rules(rules)
    tables = build(t["documents"], t["segments"], t["figures"], t["numbers"], t["topics"], t["theme_shares"],
                   texts, indicator_info(indicators), rule_set)
    write_tables(tables, processed)
    return tables


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.compare [--processed-dir DIR] [--indicators FILE] [--rules FILE]`` (run by ``make``)."""
    import argparse
    import sys
    import time

    from .errors import PipelineError

    parser = argparse.ArgumentParser(prog="python -m analysis.compare", description="Write the cross-council tables.")
    parser.add_argument("--processed-dir", default=None)
    parser.add_argument("--indicators", default=None, help="indicators file (default data/indicators.yml)")
    parser.add_argument("--rules", default=None, help="the figure rules file the figures stage was given (default "
                        "data/figure_rules.yml; read for the track statements' phrases and aims, and for a figures table of an "
                        "older run)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    try:
        tables = run(processed_dir=args.processed_dir, indicators=args.indicators, rules=args.rules)
    except PipelineError as exc:
        print(f"error in stage 4a/4 compare: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    sizes = ", ".join(f"{name} {len(df):,}" for name, df in tables.items())
    print(f"compare: wrote {sizes} rows in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
