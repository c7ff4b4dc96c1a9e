"""Declared schemas of the tables each stage writes to ``data/processed/``.

Declared here, apart from the code that builds them, and checked by :func:`check_table` every time a
stage writes a table (``io.write_tables``). A column is ``(dtype, nullable)``; dtypes are pandas
names: ``string``, ``Int64`` (nullable integer), ``float64``, ``boolean``. Extra columns are an
error: a schema change is made here, on purpose, and the tests see it.

Row order is part of reproducibility: each table is sorted by its ``key`` before it is written.

A column added to a table after its first release is listed in the schema's ``later`` (r43report): a reader of a table
an older run wrote (a processed folder kept from before the column, a pool's first run) fills it with its empty value,
null, by :func:`with_later_columns`, the one place that does so; writing a table still needs every column.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from .errors import SchemaError


@dataclass(frozen=True)
class Schema:
    """A table's columns (name -> (dtype, nullable)), its unique key and a description."""

    name: str
    columns: dict[str, tuple[str, bool]]
    key: tuple[str, ...]
    description: str = ""
    docs: dict[str, str] = field(default_factory=dict)
    #: (r43report) columns added after the table was first written, which an older run's table lacks: nullable ones
    #: only, read as null (:func:`with_later_columns`). A column whose absence means something else to its reader is
    #: not listed (``figures.reference``: without it the compare stage reads the sentences again,
    #: ``compare.is_comparison_point``).
    later: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for col in self.later:
            if col not in self.columns or not self.columns[col][1]:
                raise ValueError(f"schema '{self.name}': later column '{col}' must be a nullable column of the table")


S, I, F, B = "string", "Int64", "float64", "boolean"

DOCUMENTS = Schema(
    "documents",
    {
        "doc_id": (S, False),
        "file": (S, False),
        "format": (S, False),
        "council": (S, False),
        "council_slug": (S, False),
        "committee": (S, True),
        "meeting_date": (S, True),
        "title": (S, True),
        "source_url": (S, True),
        "encoding": (S, False),
        "n_chars": (I, False),
        "n_words": (I, False),
        "n_segments": (I, False),
        "sha256": (S, False),
    },
    key=("doc_id",),
    description="One row per document: manifest metadata, how it was read, size and content hash.",
    docs={
        "doc_id": "file name stem, unique across the corpus",
        "encoding": "utf-8, utf-8-sig, cp1252 (fallback for legacy text files), html or pdf",
        "sha256": "SHA-256 of the raw file's bytes",
        "n_words": "words in the cleaned segments",
    },
)

SEGMENTS = Schema(
    "segments",
    {
        "doc_id": (S, False),
        "segment_id": (S, False),
        "seq": (I, False),
        "kind": (S, False),
        "heading": (S, True),
        "number": (S, True),
        "text": (S, False),
        "n_words": (I, False),
        "raw_start": (I, False),
        "raw_end": (I, False),
        "offset_map": (S, False),
    },
    key=("doc_id", "seq"),
    description=(
        "Clean text segments. kind is one of title, heading, paragraph, bullet, resolution. "
        "raw_start/raw_end index the document's text (text/<doc_id>.txt); "
        "clean.normalise(text[raw_start:raw_end]).text == text column."
    ),
    docs={
        "offset_map": "where each character of text comes from in the raw slice: 'i:o' pairs (clean index i "
                      "-> raw index o from raw_start, one-for-one until the next pair); clean.decode_offsets "
                      "gives clean.normalise(...).offsets",
    },
)

#: (r42bound) what the figures' ``bound`` column holds (FIGURES and the compare tables that carry it)
BOUND_DOC = ("what the words right beside the value say of it (data/figure_rules.yml, bounds): more_than ('above 71%', "
             "'over 300', 'in excess of £1m'), at_least ('at least 40', '300 or more'), less_than ('under 5%', 'fewer "
             "than 10', 'almost 50%'), at_most ('up to £7,000', 'no more than 3', '5% or less') or about ('around 1,200', "
             "'approximately 3.5%'); null when nothing is said (and for a range: value_max). value is the number as "
             "written: the bound, not the value, when bound is set")

#: (r43report) what the figures' ``part`` column holds (FIGURES and council_figures)
PART_DOC = ("for a value of reference part_of_area, the words of its clause that name the part of the council's area "
            "('North locality', 'Carlisle district', 'south of the county', 'Watford'), as the figures stage read them "
            "(figures.area.part_named); null for every other value")

#: (r45side) what the ``side`` column holds (FIGURES and the compare tables that carry it)
SIDE_DOC = ("for money of a budget variance or a high needs deficit (indicator_id budget_variance, high_needs_deficit), "
            "the side of the budget the minutes' words put it on: adverse (an overspend, a pressure, a deficit, over "
            "budget) or favourable (an underspend, a surplus, under budget), data/figure_rules.yml, sides; null when no "
            "such word is in reach and for every other figure. value is the number as written, positive for an overspend "
            "and an underspend alike (negative only where the minutes write a minus); the budget-monitoring sign is + for "
            "adverse, - for favourable (figures.side.signed_variance)")

FIGURES = Schema(
    "figures",
    {
        "figure_id": (S, False),
        "doc_id": (S, False),
        "council": (S, False),
        "meeting_date": (S, True),
        "segment_id": (S, False),
        "surface": (S, False),
        "value": (F, False),
        "value_max": (F, True),
        "bound": (S, True),
        "unit": (S, False),
        "per": (S, True),
        "indicator": (S, True),
        "indicator_id": (S, True),
        "id_source": (S, True),
        "direction": (S, False),
        "is_change": (B, False),
        "comparator": (S, True),
        "status": (S, True),
        "side": (S, True),
        "reference": (S, True),
        "part": (S, True),
        "sentence": (S, False),
        "raw_start": (I, False),
        "raw_end": (I, False),
    },
    key=("doc_id", "raw_start", "raw_end"),
    description="Every measured number; raw_start/raw_end slice text/<doc_id>.txt to surface.",
    later=("bound", "part", "side"),
    docs={
        "bound": BOUND_DOC,
        "part": PART_DOC,
        "side": SIDE_DOC,
        "reference": "null for a value the council reports as its own; for a comparison point, its kind: national, "
                     "regional, neighbours (statistical neighbours, similar authorities), target (a target, ambition or "
                     "budget plan), previous (an earlier value: 'up from 60%'), normal (the 'normal' level of comparable "
                     "authorities), comparison (another comparison point: 'compared to 410') or other_council (another "
                     "council's value, named by the figure's own clause: 'Suffolk had 1,020', 'compared with 78 in "
                     "Norfolk'; the councils are data/councils.csv) or part_of_area (a value of a part of the council's "
                     "area, named by the figure's own clause: 'the North locality had 45', '684 in the Carlisle "
                     "district', '73 per 1,000 in Watford', 'Copeland has 130 children in care, but Allerdale has the "
                     "highest with 160'; words.area_nouns of data/figure_rules.yml; the part's words are in part); "
                     "figures.reference",
    },
)

NUMBERS = Schema(
    "numbers",
    {
        "doc_id": (S, False),
        "segment_id": (S, False),
        "surface": (S, False),
        "kind": (S, False),
        "value": (F, True),
        "sentence": (S, False),
        "raw_start": (I, False),
        "raw_end": (I, False),
    },
    key=("doc_id", "raw_start", "raw_end"),
    description="Numbers that are not figures: date, year, period, reference, ordinal, name, ...",
)

TOPICS = Schema(
    "topics",
    {
        "doc_id": (S, False),
        "segment_id": (S, False),
        "topic": (I, False),
        "topic_weight": (F, False),
        "topic_label": (S, False),
        "theme": (S, False),
        "theme_terms": (S, True),
        "raw_start": (I, False),
        "raw_end": (I, False),
    },
    key=("doc_id", "segment_id"),
    description=(
        "Segment -> topic (with weight and label) and codebook theme (with deciding terms). topic_weight 0: "
        "the segment has no word the topic model reads (every other segment weighs > 0); it takes the topic holding most segments of its "
        "coded theme (for most, 'other' -> the procedure topic), or -1 '(no content)' when no topic holds that theme."
    ),
)

TOPIC_TERMS = Schema(
    "topic_terms",
    {
        "topic": (I, False),
        "label": (S, False),
        "rank": (I, False),
        "term": (S, False),
        "weight": (F, False),
    },
    key=("topic", "rank"),
    description="Top terms per topic, with the topic's readable label.",
)

# ---- topics stage: shares and topic-count search (added by the topics stage, issue 5) ----

_SHARE_DOC_COLUMNS: dict[str, tuple[str, bool]] = {
    "council": (S, False),
    "council_slug": (S, False),
    "meeting_date": (S, True),
    "period": (S, True),
    "doc_id": (S, False),
}

THEME_SHARES = Schema(
    "theme_shares",
    {
        **_SHARE_DOC_COLUMNS,
        "theme": (S, False),
        "theme_name": (S, False),
        "n_segments": (I, False),
        "n_words": (I, False),
        "share": (F, False),
    },
    key=("doc_id", "theme"),
    description=(
        "Per document and codebook theme (every theme and 'other', zeros included): segments and words "
        "with that theme and share = n_words / words of the document. period = YYYY-Qn of meeting_date."
    ),
)

TOPIC_SHARES = Schema(
    "topic_shares",
    {
        **_SHARE_DOC_COLUMNS,
        "topic": (I, False),
        "topic_label": (S, False),
        "n_segments": (I, False),
        "n_words": (I, False),
        "share": (F, False),
    },
    key=("doc_id", "topic"),
    description=(
        "Per document and topic (every topic, zeros included): segments, words and share = n_words / words of "
        "the document. Segments without content words count in the topic their coded theme placed them in "
        "(topics.topic_weight 0); -1 = no content only when no topic holds their theme."
    ),
)

TOPIC_K = Schema(
    "topic_k",
    {
        "k": (I, False),
        "coherence": (F, False),
        "explained": (F, False),
        "score": (F, False),
        "min_topic_size": (I, False),
        "admissible": (B, False),
        "chosen": (B, False),
    },
    key=("k",),
    description=(
        "The topic-count search: NPMI coherence, explained share of the TF-IDF matrix, score = sum; "
        "admissible when the smallest topic has enough segments; chosen = best admissible score. "
        "When k is fixed by a parameter, one row with zero scores."
    ),
)

# ---- compare stage: cross-council tables (issue 13); written by analysis.compare.run ----

_FIGURE_CONTEXT: dict[str, tuple[str, bool]] = {
    "council_slug": (S, False),
    "file": (S, False),
    "source_url": (S, True),
    "committee": (S, True),
    "title": (S, True),
    "theme": (S, False),
    "topic_label": (S, False),
    "track": (S, True),
    "period": (S, True),
    "occurrence": (I, False),
}

COUNCIL_FIGURES = Schema(
    "council_figures",
    {**FIGURES.columns, **_FIGURE_CONTEXT},
    key=("doc_id", "raw_start", "raw_end"),
    later=FIGURES.later,
    docs={"bound": BOUND_DOC, "part": PART_DOC, "side": SIDE_DOC},
    description=(
        "Every figure with its council (slug), source file and link, committee, item title, the codebook "
        "theme and topic of its segment ('unassigned' without a topics row), track = status normalised to "
        "'not on track' / 'on track', the reporting period (named in the sentence, else the document's) "
        "and occurrence = which match of surface in sentence it is (0-based; for highlighting)."
    ),
)

_SERIES_COLUMNS: dict[str, tuple[str, bool]] = {
    "council_slug": (S, False),
    "indicator_id": (S, False),
    "indicator_label": (S, False),
    "id_source": (S, False),
    "doc_id": (S, False),
    "meeting_date": (S, True),
    "figure_id": (S, False),
    "value": (F, False),
    "value_max": (F, True),
    "bound": (S, True),
    "unit": (S, False),
    "per": (S, True),
    "direction": (S, False),
    "is_change": (B, False),
    "status": (S, True),
    "side": (S, True),
    "track": (S, True),
    "period": (S, True),
    "surface": (S, False),
    "sentence": (S, False),
    "occurrence": (I, False),
    "file": (S, False),
    "source_url": (S, True),
    "raw_start": (I, False),
    "raw_end": (I, False),
    "n_values": (I, False),
}

INDICATOR_SERIES = Schema(
    "indicator_series",
    dict(_SERIES_COLUMNS),
    key=("council_slug", "indicator_id", "doc_id"),
    later=("bound", "side"),
    docs={"bound": BOUND_DOC, "side": SIDE_DOC},
    description=(
        "The time series: per council, canonical indicator and document (meeting), the value that meeting "
        "reported (the last level in text order, a change only without anything else; a comparison point "
        "such as 'up from 60%' or 'the national average (59.9%)', see figures.reference, never: a document "
        "reporting only comparison points for an indicator has no row); n_values = figures of that indicator "
        "in the document, comparison points included. meeting_date is null for undated documents. id_source says who gave the indicator_id: "
        "'rules' (indicators.yml) or 'learnt' (the learnt fallback, where the rules gave none)."
    ),
)

INDICATOR_LATEST = Schema(
    "indicator_latest",
    {**_SERIES_COLUMNS, "ordered_by": (S, False), "indicator_definition": (S, True)},
    key=("council_slug", "indicator_id"),
    later=("bound", "side"),
    docs={"bound": BOUND_DOC, "side": SIDE_DOC},
    description=(
        "Per council and canonical indicator, the latest row of indicator_series: from the most recent "
        "meeting; when one of the documents is undated, an undated document stands at the end of its reporting "
        "period, or by doc_id before the others when it names none (ordered_by says which); n_values = "
        "all figures of the indicator in the council. figure_id links to the quote in the council's report."
    ),
)

TRACK_STATEMENTS = Schema(
    "track_statements",
    {
        "council_slug": (S, False),
        "doc_id": (S, False),
        "segment_id": (S, False),
        "theme": (S, False),
        "track": (S, False),
        "sentence": (S, False),
        "phrase_start": (I, False),
        "phrase_end": (I, False),
        "raw_start": (I, False),
        "raw_end": (I, False),
    },
    key=("doc_id", "raw_start", "raw_end"),
    description=(
        "Sentences saying something is (not) on track, on/above/below target. track is 'not on track' or "
        "'on track'; phrase_start/phrase_end locate the deciding phrase in sentence; raw_start/raw_end "
        "slice text/<doc_id>.txt to the sentence."
    ),
)

COUNCIL_THEME_SHARES = Schema(
    "council_theme_shares",
    {
        "council_slug": (S, False),
        "period": (S, False),
        "theme": (S, False),
        "theme_name": (S, False),
        "segments": (I, False),
        "words": (I, False),
        "share": (F, False),
    },
    key=("council_slug", "period", "theme"),
    description=(
        "Per council, period and codebook theme (every theme and 'other', zeros included): segments, words "
        "and share of the council's words in that period. period is 'all' (every meeting), a calendar "
        "quarter YYYY-Qn of the meeting date, or 'undated'. Summed from the topics stage's theme_shares."
    ),
)

COUNCIL_TOPIC_SHARES = Schema(
    "council_topic_shares",
    {
        "council_slug": (S, False),
        "period": (S, False),
        "topic": (I, False),
        "topic_label": (S, False),
        "theme": (S, False),
        "segments": (I, False),
        "words": (I, False),
        "share": (F, False),
    },
    key=("council_slug", "period", "topic", "theme"),
    description=(
        "Per council, period (as in council_theme_shares) and topic, split by the codebook theme of the "
        "topic's segments (one row per theme present): segments, words and share of the council's words "
        "in that period. A topic's share is the sum over its rows."
    ),
)

DISTINCTIVE_THEMES = Schema(
    "distinctive_themes",
    {
        "council_slug": (S, False),
        "theme": (S, False),
        "theme_name": (S, False),
        "share": (F, False),
        "max_other": (F, False),
        "top_other": (S, True),
    },
    key=("council_slug", "theme"),
    description=(
        "Themes a council discussed much more than every other council: share (period 'all') at least "
        "5% and at least twice max_other, the highest share of another council (top_other)."
    ),
)

DISTINCTIVE_TOPICS = Schema(
    "distinctive_topics",
    {
        "council_slug": (S, False),
        "topic": (I, False),
        "topic_label": (S, False),
        "segments": (I, False),
        "fraction": (F, False),
    },
    key=("council_slug", "topic"),
    description="Topics found mostly in one council: at least 2 segments and 80% of the topic's segments there "
                "(segments with content: those placed with topics.topic_weight 0 do not count).",
)

DOCUMENT_PERIODS = Schema(
    "document_periods",
    {
        "doc_id": (S, False),
        "council_slug": (S, False),
        "periods": (S, True),
    },
    key=("doc_id",),
    description="Per document, the reporting periods it mentions ('Q2 2025/26; 2024/25'), null when none.",
)

COMPARE_SCHEMAS = (COUNCIL_FIGURES, INDICATOR_SERIES, INDICATOR_LATEST, TRACK_STATEMENTS, COUNCIL_THEME_SHARES,
                   COUNCIL_TOPIC_SHARES, DISTINCTIVE_THEMES, DISTINCTIVE_TOPICS, DOCUMENT_PERIODS)

# ---- end of compare stage tables ----

SCHEMAS: dict[str, Schema] = {
    s.name: s
    for s in (DOCUMENTS, SEGMENTS, FIGURES, NUMBERS, TOPICS, TOPIC_TERMS, THEME_SHARES, TOPIC_SHARES, TOPIC_K, *COMPARE_SCHEMAS)
}


def check_table(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Return ``df`` with declared dtypes, columns in declared order, sorted by key.

    Raises :class:`SchemaError` for a missing or extra column, a null in a non-nullable column,
    or a duplicate key.

    >>> import pandas as pd
    >>> t = check_table("topic_terms", pd.DataFrame(
    ...     {"topic": [0], "label": ["send / ehcp"], "rank": [1], "term": ["ehcp"], "weight": [0.5]}))
    >>> list(t.dtypes.astype(str))
    ['Int64', 'string', 'Int64', 'string', 'float64']
    """
    schema = SCHEMAS[name]
    cols = list(schema.columns)
    missing = [c for c in cols if c not in df.columns]
    extra = [c for c in df.columns if c not in schema.columns]
    if missing or extra:
        raise SchemaError(f"table '{name}': missing columns {missing}, unexpected columns {extra}")
    out = df[cols].copy()
    for col, (dtype, nullable) in schema.columns.items():
        try:
            out[col] = out[col].astype(dtype)
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"table '{name}': column '{col}' cannot be {dtype}: {exc}") from exc
        if not nullable and out[col].isna().any():
            raise SchemaError(f"table '{name}': column '{col}' has missing values")
    if len(out) and out.duplicated(list(schema.key)).any():
        dup = out[out.duplicated(list(schema.key), keep=False)][list(schema.key)].head(3).to_dict("records")
        raise SchemaError(f"table '{name}': duplicate key {schema.key}: {dup}")
    return out.sort_values(list(schema.key), kind="mergesort").reset_index(drop=True)


def later_missing(name: str, columns: Iterable[str]) -> tuple[str, ...]:
    """(r46tidy) The :attr:`Schema.later` columns of table ``name`` that a table with ``columns`` lacks: those
    :func:`with_later_columns` fills with null, so that a reader can say "not read by that run" rather than "none"
    (an older run's figures had no ``side``: their variances have no side read, not a side the minutes do not give).

    >>> later_missing("indicator_series", ["doc_id", "bound"]), later_missing("documents", ["doc_id"])
    (('side',), ())
    """
    schema = SCHEMAS.get(name)
    have = set(columns)
    return tuple(c for c in (schema.later if schema is not None else ()) if c not in have)


def with_later_columns(name: str, df: pd.DataFrame, missing: tuple[str, ...] | None = None) -> pd.DataFrame:
    """(r43report) ``df``, table ``name`` as a run wrote it, with each of the schema's :attr:`Schema.later` columns it
    lacks (:func:`later_missing`) added at its end, null, of the column's declared dtype: an older run's table read as
    if written today, with nothing said in the new columns ("round 41's figures have no ``bound``": none read). ``df``
    itself when it lacks none (no copy); a table without a schema, or any other missing column, is left for
    :func:`check_table` to refuse. (r47dead) ``missing``: :func:`later_missing` of ``df`` when the caller has it
    already (``report.load_tables`` keeps it), so it is computed once.

    >>> old = pd.DataFrame({"doc_id": ["a"], "surface": ["71%"]})
    >>> new = with_later_columns("figures", old)
    >>> list(new.columns), new["bound"].dtype.name, new["part"].isna().tolist()
    (['doc_id', 'surface', 'bound', 'part', 'side'], 'string', [True])
    >>> with_later_columns("figures", new) is new, list(with_later_columns("indicator_series", old).columns)
    (True, ['doc_id', 'surface', 'bound', 'side'])
    """
    if missing is None:
        missing = later_missing(name, df.columns)
    if not missing:
        return df
    schema = SCHEMAS[name]
    return df.assign(**{c: pd.Series(pd.NA, index=df.index, dtype=schema.columns[c][0]) for c in missing})
