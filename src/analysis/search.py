"""Full-text search across councils: every segment, quoted, ranked and linked to its source.

The index is one SQLite file beside the other tables (``data/processed/search.sqlite``), built from
the ``segments``, ``documents``, ``topics`` and ``figures`` tables by :func:`build_index` (``make
search-index``). It holds:

* ``passages`` (a view of the tables ``segments``, ``documents`` and ``labels``): one row per segment
  with its council, committee, meeting date, heading, theme, topic, text, ``raw_start``/``raw_end``,
  the agenda item title (shown for a passage under no heading)
  and the source link (rowid = position in key order);
* ``fts``: an FTS5 table (contentless: the text lives in ``segments``) with two columns per
  segment: ``text``, the segment's words as they are (for ``prefix*`` queries), and ``stems``, the
  same words folded to lower case without accents and reduced to their Snowball stem, one stem per
  word, in order. Plain words and phrases are searched on ``stems``, so ``foster carers`` finds
  "foster carer" and a quoted phrase still needs its words next to each other, in order;
* ``vocab``: every word of the corpus with its stem, so a query (and the marking of its words in a
  passage) needs nltk only for words the corpus does not contain;
* ``figures``: the figures table's spans, to list the figures quoted in each passage (with a budget variance's
  ``side``, adverse or favourable, r46tidy).

Queries use SQLite's FTS5 syntax: words (all must occur), ``"quoted phrases"``, ``OR``, ``NOT``,
``( )``, ``NEAR(a b, 10)`` and ``prefix*``. :func:`parse_query` rewrites each word or phrase to its
stems (``{stems} : "foster carer"``) and each prefix to the words as written (``{text} :
"allowanc" *``); a word written with inner punctuation (``off-track``, ``2023/24``) is a phrase of
its parts. Results are ranked by BM25 (``score`` = -bm25: higher is better), ties in document order.
The matched words are marked in the original text (:func:`mark_spans`), not in the stems.

Command line (used by ``make search-index`` and ``make search``)::

    python -m analysis.search build --processed-dir DIR
    python -m analysis.search query --processed-dir DIR --reports-dir DIR -q 'foster carers' \\
        [--council SLUG] [--theme THEME] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit 50]
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import sys
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .errors import PipelineError
from .names import LONE_SURROGATE, match_theme, one_council, part_of_word_hint, slugify
from .schemas import with_later_columns

INDEX_NAME = "search.sqlite"
#: Bumped whenever the index layout changes; an index of another version must be rebuilt.
INDEX_VERSION = "6"

#: Columns of the results CSV (and the first columns of :func:`search`'s DataFrame), in order. ``theme`` is the
#: codebook's id (``neet_youth_care_leavers``), ``theme_name`` its name as the pages show it (r41walk: the CSV a
#: researcher opens in a spreadsheet held the ids alone).
CSV_COLUMNS = [
    "query", "rank", "score", "doc_id", "segment_id", "council", "committee", "meeting_date", "heading",
    "theme", "theme_name", "text", "raw_start", "raw_end", "source_url",
]
#: (r46tidy) Columns of the results CSV file: :data:`CSV_COLUMNS` and ``sides``, the passage's budget variances with the
#: side of the budget the minutes' words put each on, in text order ("adverse £17m; favourable £0.737m"; empty when the
#: passage has none), from the index's figures (:func:`sides_cell`).
RESULTS_CSV_COLUMNS = [*CSV_COLUMNS, "sides"]
#: Further columns of :func:`search`'s DataFrame.
EXTRA_COLUMNS = ["council_slug", "kind", "topic", "topic_label", "file", "title"]

#: Index inputs (tables of the processed folder); the index is stale when one is newer.
INPUT_TABLES = ("segments", "documents", "topics", "figures")
#: Every table the index is built from (theme_shares gives the themes' readable names).
SOURCE_TABLES = (*INPUT_TABLES, "theme_shares")

_SEGMENT_COLUMNS = [
    "doc_id", "segment_id", "seq", "kind", "council", "council_slug", "committee", "meeting_date", "heading",
    "theme", "theme_name", "topic", "topic_label", "text", "raw_start", "raw_end", "source_url", "file", "title",
]
#: (r42bound, index version 5) with ``bound``: what the words beside the value say of it ("above 71%": more_than);
#: (r46tidy, index version 6) with ``side``: a budget variance's side of the budget, adverse or favourable (figures.side)
_FIGURE_COLUMNS = ["doc_id", "raw_start", "raw_end", "surface", "value", "bound", "unit", "per", "indicator", "status",
                   "side"]


class SearchError(PipelineError):
    """A bad query or filter, or a missing or out-of-date index."""


# ----------------------------------------------------------------------------- words and stems

#: A word: a run of letters and digits (what FTS5's unicode61 tokenizer calls a token).
_TOKEN = re.compile(r"[^\W_]+")


def fold(word: str) -> str:
    """Lower case without accents: how words are compared.

    >>> fold("Café"), fold("EHCPs")
    ('cafe', 'ehcps')
    """
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def tokens(text: str) -> list[tuple[int, int, str]]:
    """The words of ``text`` as ``(start, end, folded word)``.

    >>> tokens("Foster-carers' allowances")
    [(0, 6, 'foster'), (7, 13, 'carers'), (15, 25, 'allowances')]
    """
    return [(m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=1)
def _snowball() -> Any:
    # Imported on first use: nltk takes seconds to import and a query rarely needs it (see vocab).
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball (English) stem of a folded word.

    >>> stem("carers"), stem("allowances"), stem("fostering")
    ('carer', 'allow', 'foster')
    """
    return str(_snowball().stem(word))


# ----------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class Term:
    """A word or phrase of a query: its words (stems, or folded words for a prefix), the FTS5 column
    it is matched on, and whether its last word is a prefix."""

    words: tuple[str, ...]
    column: str = "stems"
    prefix: bool = False

    def fts(self, with_column: bool = True) -> str:
        """The FTS5 phrase, e.g. ``{stems} : "foster carer"``."""
        phrase = '"' + " ".join(self.words) + '"' + (" *" if self.prefix else "")
        return f"{{{self.column}}} : {phrase}" if with_column else phrase


@dataclass(frozen=True)
class Query:
    """A parsed query: the text as typed, the FTS5 expression and the terms to mark in passages
    (those not under ``NOT``)."""

    text: str
    fts: str
    terms: tuple[Term, ...] = field(default_factory=tuple)


_LEX = re.compile(
    r"""(?P<ws>\s+)
      | (?P<phrase>"(?:[^"]|"")*")
      | (?P<quote>")
      | (?P<near>NEAR\()
      | (?P<nearn>,\s*\d+\s*(?=\)))
      | (?P<lpar>\()
      | (?P<rpar>\))
      | (?P<star>\*)
      | (?P<comma>,)
      | (?P<word>[^\s"()*,]+)""",
    re.X,
)
SYNTAX_HELP = 'use words, "quoted phrases", OR, NOT, ( ), NEAR(a b, 10) and prefix*'


def parse_query(text: str, stem_of: Callable[[str], str] = stem) -> Query:
    """Rewrite a query in FTS5 syntax to search the index's stems (see the module docstring).

    Raises :class:`SearchError` (one line) for an empty query, an unbalanced double quote, a ``*``
    that follows no word, or a query with no words.

    >>> parse_query('"foster carers" OR adopters').fts
    '{stems} : "foster carer" OR {stems} : "adopt"'
    >>> parse_query("agency (staff OR workers)").fts
    '{stems} : "agenc" AND ({stems} : "staff" OR {stems} : "worker")'
    >>> parse_query("allowanc* NOT off-track").fts
    '{text} : "allowanc" * NOT {stems} : "off track"'
    >>> [t.words for t in parse_query("allowanc* NOT off-track").terms]
    [('allowanc',)]
    >>> parse_query('"foster carer')
    Traceback (most recent call last):
    ...
    analysis.search.SearchError: bad search query '"foster carer': unbalanced double quote ("); use words, "quoted phrases", OR, NOT, ( ), NEAR(a b, 10) and prefix*
    """
    if text is None or not str(text).strip():
        raise SearchError("empty search query: give the words to look for, e.g. Q='foster carers'")
    text = str(text)

    def bad(reason: str) -> SearchError:
        return SearchError(f"bad search query {text!r}: {reason}; {SYNTAX_HELP}")

    lone = LONE_SURROGATE.search(text)
    if lone is not None:  # a query of bytes that are not UTF-8 (argv decoded with surrogateescape); writing its
        # results failed with a UnicodeEncodeError (round 29, r29fuzz2)
        raise bad(f"character {lone.start() + 1} is not text ({lone.group()!r}: the terminal sent bytes that are "
                  "not UTF-8); type the query again with the terminal set to UTF-8")

    # items: ("term", Term) | ("op", "AND"|"OR"|"NOT") | ("(",) | (")",) | ("near",) | ("nearn", ", 5")
    items: list[tuple[Any, ...]] = []
    depth_near: list[bool] = []  # per open parenthesis: is it a NEAR group?
    for m in _LEX.finditer(text):
        kind, value = m.lastgroup, m.group()
        if kind in ("ws", "comma"):
            continue
        if kind == "quote":
            raise bad('unbalanced double quote (")')
        if kind == "phrase":
            words = [w for _, _, w in tokens(value[1:-1].replace('""', '"'))]
            if not words:
                raise bad(f"the phrase {value} has no words")
            items.append(("term", Term(tuple(stem_of(w) for w in words)), tuple(words)))
        elif kind == "word":
            if value in ("AND", "OR", "NOT"):
                items.append(("op", value))
                continue
            words = [w for _, _, w in tokens(value)]
            if words:  # a word of punctuation only (&, -) separates like a space
                items.append(("term", Term(tuple(stem_of(w) for w in words)), tuple(words)))
        elif kind == "star":
            value = (items[-1][2][-1] + "*") if items and items[-1][0] == "term" else "*"
            if not items or items[-1][0] != "term" or items[-1][1].prefix:
                raise bad("a * must follow a word (prefix*)")
            if len(items[-1][2][-1]) < 2:
                raise bad(f"the prefix {value!r} is too short: give at least two letters before the *")
            inside_near = bool(depth_near) and depth_near[-1]
            term: Term = items[-1][1]
            written = items[-1][2]
            if inside_near:  # every phrase of a NEAR group is on one column: the stems
                items[-1] = ("term", Term(term.words[:-1] + (written[-1],), "stems", True), written)
            else:
                items[-1] = ("term", Term(tuple(written), "text", True), written)
        elif kind == "near":
            items.append(("near",))
            depth_near.append(True)
        elif kind == "nearn":
            items.append(("nearn", ", " + value.strip(", \t")))
        elif kind == "lpar":
            items.append(("(",))
            depth_near.append(False)
        elif kind == "rpar":
            items.append((")",))
            if depth_near:
                depth_near.pop()
    if not any(i[0] == "term" for i in items):
        raise bad("no words to search for")

    parts: list[str] = []
    near = 0
    after_operand = False  # FTS5 needs an explicit AND next to a group when phrases carry a column
    for item in items:
        if near == 0 and after_operand and item[0] in ("term", "near", "("):
            parts.append("AND")
        after_operand = item[0] in ("term", ")")
        if item[0] == "term":
            parts.append(item[1].fts(with_column=near == 0))
        elif item[0] == "op":
            parts.append(item[1])
        elif item[0] == "near":
            parts.append("{stems} : NEAR(" if near == 0 else "NEAR(")
            near += 1
        elif item[0] == "nearn":
            parts.append(item[1])
        elif item[0] == "(":
            parts.append("(")
            near += 1 if near else 0
        elif item[0] == ")":
            parts.append(")")
            near = max(0, near - 1) if near else 0
    fts = " ".join(parts).replace("( ", "(").replace(" )", ")").replace(" , ", ", ")
    return Query(text, fts, tuple(_positive_terms(items)))


def _positive_terms(items: Sequence[tuple[Any, ...]]) -> list[Term]:
    """The terms of ``items`` that are not the operand of a ``NOT`` (those are never marked)."""
    out: list[Term] = []
    i = 0
    while i < len(items):
        item = items[i]
        if item[0] == "op" and item[1] == "NOT":
            i += 1
            if i < len(items) and items[i][0] in ("(", "near"):
                depth = 0
                while i < len(items):
                    depth += items[i][0] in ("(", "near")
                    depth -= items[i][0] == ")"
                    i += 1
                    if depth == 0:
                        break
            else:
                i += 1
            continue
        if item[0] == "term" and item[1] not in out:
            out.append(item[1])
        i += 1
    return out


def mark_spans(text: str, terms: Iterable[Term], stem_of: Callable[[str], str] = stem) -> list[tuple[int, int]]:
    """Character spans of ``text`` where a term matches (a phrase as one span), sorted and merged.

    >>> q = parse_query('"foster carers" allowanc*')
    >>> t = "Foster carer allowances rose; the foster carers were thanked."
    >>> [t[a:b] for a, b in mark_spans(t, q.terms)]
    ['Foster carer allowances', 'foster carers']
    """
    toks = tokens(text)
    folded = [w for _, _, w in toks]
    stems = [stem_of(w) for w in folded]
    spans: list[tuple[int, int]] = []
    for term in terms:
        seq = stems if term.column == "stems" else folded
        n = len(term.words)
        head, last = term.words[:-1], term.words[-1]
        for i in range(len(toks) - n + 1):
            if any(seq[i + j] != head[j] for j in range(n - 1)):
                continue
            word = seq[i + n - 1]
            if word == last or (term.prefix and word.startswith(last)):
                spans.append((toks[i][0], toks[i + n - 1][1]))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):  # overlapping spans, or spans apart by spaces only, become one
        if merged and (a <= merged[-1][1] or text[merged[-1][1]:a].isspace()):
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def split_marked(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` cut into ``(part, marked)`` pieces at ``spans``.

    >>> split_marked("a foster carer", [(2, 8)])
    [('a ', False), ('foster', True), (' carer', False)]
    """
    parts: list[tuple[str, bool]] = []
    pos = 0
    for a, b in spans:
        if a > pos:
            parts.append((text[pos:a], False))
        parts.append((text[a:b], True))
        pos = b
    if pos < len(text):
        parts.append((text[pos:], False))
    return parts


def snippet(text: str, spans: Sequence[tuple[int, int]], width: int = 260) -> tuple[str, list[tuple[int, int]]]:
    """A window of about ``width`` characters of ``text`` around its first marked span, cut at word
    boundaries (``…`` where cut), with the spans moved into it.

    >>> snippet("one two three four", [(4, 7)], width=100)
    ('one two three four', [(4, 7)])
    """
    if len(text) <= width:
        return text, list(spans)
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > max(start, first) else end
    prefix, suffix = ("… " if start > 0 else ""), (" …" if end < len(text) else "")
    shift = len(prefix) - start
    inside = [(max(a, start) + shift, min(b, end) + shift) for a, b in spans if a < end and b > start]
    return prefix + text[start:end] + suffix, inside


def resolve_council(council: str, councils: Mapping[str, str]) -> str:
    """The slug of the council ``council`` names, among ``councils`` (``{slug: name}``), as ``make fetch`` reads
    COUNCIL: its slug, its name (any capitals) or a unique part of it ("torbay", "west sussex").

    >>> cs = {"torbay-council": "Torbay Council", "west-sussex-county-council": "West Sussex County Council"}
    >>> [resolve_council(c, cs) for c in ("torbay-council", "Torbay Council", "torbay", "West Sussex")]
    ['torbay-council', 'torbay-council', 'torbay-council', 'west-sussex-county-council']
    >>> resolve_council("council", cs)
    Traceback (most recent call last):
    ...
    analysis.search.SearchError: COUNCIL='council' names 2 councils: torbay-council, west-sussex-county-council; give one's slug
    """
    def several(parts: list[str]) -> SearchError:
        return SearchError(f"COUNCIL={council!r} names {len(parts)} councils: {', '.join(parts)}; give one's slug")

    def unknown() -> SearchError:
        hint = part_of_word_hint(council, councils)
        return SearchError(f"unknown council {council!r} (COUNCIL=<slug>); the councils in the index are: "
                           + ", ".join(councils) + (f". {hint}" if hint else ""))

    return one_council(council, councils, several, unknown)


def query_slug(query: str, council: str | None = None, theme: str | None = None, date_from: str | None = None,
               date_to: str | None = None) -> str:
    """File name (without extension) for a query's results: the query's words, then the filters.

    A query the words do not spell exactly (quotes, ``*``, operators' punctuation, more than 80 characters)
    gets 8 characters of its hash too, so two queries that find different passages never share a file
    (``agency*`` and ``agency``, ``"social worker" vacancy`` and ``social worker vacancy``).

    >>> query_slug("foster carers", council="halton-borough-council")
    'foster-carers--council-halton-borough-council'
    >>> query_slug("agency"), query_slug("agency*")
    ('agency', 'agency-ea1434f2')
    >>> query_slug("标准")[:6]
    'query-'
    """
    slug = slugify(query)[:80].strip("-")
    if not slug:
        slug = "query-" + hashlib.sha256(query.encode("utf-8")).hexdigest()[:10]
    elif " ".join(query.lower().split()) != slug.replace("-", " "):
        slug += "-" + hashlib.sha256(query.encode("utf-8")).hexdigest()[:8]
    for name, value in (("council", council), ("theme", theme), ("from", date_from), ("to", date_to)):
        if value:
            slug += f"--{name}-" + (slugify(value)[:60] or hashlib.sha256(value.encode("utf-8")).hexdigest()[:8])
    return slug


# ----------------------------------------------------------------------------- building the index


def index_path(processed_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where the index of a processed folder lives: ``<processed>/search.sqlite``."""
    from . import paths

    return paths.processed_dir(processed_dir) / INDEX_NAME


def index_rows(segments: pd.DataFrame, documents: pd.DataFrame, topics: pd.DataFrame,
               theme_names: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per segment (in key order) with its document's metadata, theme and topic."""
    docs = documents[["doc_id", "council", "council_slug", "committee", "meeting_date", "source_url", "file", "title"]]
    tops = topics[["doc_id", "segment_id", "theme", "topic", "topic_label"]]
    rows = (segments.sort_values(["doc_id", "seq"], kind="mergesort")
            .merge(docs, on="doc_id", how="left", validate="many_to_one")
            .merge(tops, on=["doc_id", "segment_id"], how="left", validate="one_to_one"))
    names = dict(theme_names or {})
    rows["theme_name"] = [None if pd.isna(t) else names.get(t, t) for t in rows["theme"]]
    return rows[_SEGMENT_COLUMNS].reset_index(drop=True)


def _cell(value: Any) -> Any:
    """A value as SQLite stores it: missing (``urls.is_missing``) -> ``None``, numpy scalars -> Python."""
    from .urls import is_missing

    if is_missing(value):
        return None
    return value.item() if hasattr(value, "item") else value  # numpy scalar


def _records(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
    """The rows of ``frame`` as tuples of plain Python values (missing -> ``None``)."""
    columns = [frame[c].astype(object).where(frame[c].notna(), None).tolist() for c in frame.columns]
    return list(zip(*columns))


class _Stems(dict):  # type: ignore[type-arg]
    """word as written -> stem, computed on first sight (``map(stems.__getitem__, words)``)."""

    def __missing__(self, word: str) -> str:
        value = self[word] = stem(fold(word))
        return value


def write_index(path: str | os.PathLike[str], rows: pd.DataFrame, figures: pd.DataFrame) -> Path:
    """Write the index of ``rows`` (:func:`index_rows`) and ``figures`` to ``path``, atomically.

    The file is built under a temporary name in the same folder and moved into place only when
    complete (``io.write_files``): a failed build leaves the previous index. Same inputs give the
    same bytes.
    """
    from .io import write_files

    def build(tmp: Path) -> None:
        conn = sqlite3.connect(tmp)  # the empty temporary file is an empty database
        try:
            _fill(conn, rows, figures)
        finally:
            conn.close()

    return write_files({path: build})[0]


_DOC_COLUMNS = ["doc_id", "council", "council_slug", "committee", "meeting_date", "source_url", "file", "title"]
_LABEL_COLUMNS = ["theme", "theme_name", "topic", "topic_label"]

_SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (doc INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, council TEXT, council_slug TEXT,
    committee TEXT, meeting_date TEXT, source_url TEXT, file TEXT, title TEXT);
CREATE TABLE labels (label INTEGER PRIMARY KEY, theme TEXT, theme_name TEXT, topic INTEGER, topic_label TEXT);
CREATE TABLE segments (rowid INTEGER PRIMARY KEY, doc INTEGER NOT NULL, segment_id TEXT NOT NULL, seq INTEGER,
    kind TEXT, heading TEXT, label INTEGER, text TEXT NOT NULL, raw_start INTEGER, raw_end INTEGER);
CREATE VIEW passages AS
    SELECT s.rowid AS rowid, d.doc_id, s.segment_id, s.seq, s.kind, d.council, d.council_slug, d.committee,
           d.meeting_date, s.heading, l.theme, l.theme_name, l.topic, l.topic_label, s.text, s.raw_start,
           s.raw_end, d.source_url, d.file, d.title
    FROM segments s JOIN documents d ON d.doc = s.doc LEFT JOIN labels l ON l.label = s.label;
CREATE VIRTUAL TABLE fts USING fts5(text, stems, content='', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE vocab (word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE figures (doc_id TEXT NOT NULL, raw_start INTEGER NOT NULL, raw_end INTEGER NOT NULL,
    surface TEXT, value REAL, bound TEXT, unit TEXT, per TEXT, indicator TEXT, status TEXT, side TEXT);
"""


def _fill(conn: sqlite3.Connection, rows: pd.DataFrame, figures: pd.DataFrame) -> None:
    """Create the tables of the index and fill them (rows in key order, so the bytes are reproducible)."""
    conn.executescript(_SCHEMA)
    docs = _records(rows.drop_duplicates("doc_id")[_DOC_COLUMNS])
    doc_no = {d[0]: i for i, d in enumerate(docs, 1)}
    conn.executemany(f"INSERT INTO documents VALUES ({', '.join('?' * (len(_DOC_COLUMNS) + 1))})",
                     ((i, *d) for i, d in enumerate(docs, 1)))
    label_no: dict[tuple[Any, ...], int] = {}
    labels = [label_no.setdefault(key, len(label_no) + 1) for key in _records(rows[_LABEL_COLUMNS])]
    conn.executemany("INSERT INTO labels VALUES (?, ?, ?, ?, ?)", ((i, *key) for key, i in label_no.items()))
    segs = _records(rows[["doc_id", "segment_id", "seq", "kind", "heading", "text", "raw_start", "raw_end"]])
    conn.executemany("INSERT INTO segments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     ((i, doc_no[r[0]], r[1], r[2], r[3], r[4], lab, *r[5:])
                      for i, (r, lab) in enumerate(zip(segs, labels), 1)))
    vocab = _Stems()
    findall, lookup = _TOKEN.findall, vocab.__getitem__
    conn.executemany("INSERT INTO fts (rowid, text, stems) VALUES (?, ?, ?)",
                     ((i, r[5], " ".join(map(lookup, findall(r[5])))) for i, r in enumerate(segs, 1)))
    conn.execute("INSERT INTO fts (fts) VALUES ('optimize')")
    folded: dict[str, str] = {}
    for word, s in vocab.items():
        folded.setdefault(fold(word), s)
    conn.executemany("INSERT INTO vocab VALUES (?, ?)", sorted(folded.items()))
    figures = with_later_columns("figures", figures)  # (r42bound) a figures table of an older run: no bound (side) read
    figs = figures.sort_values(["doc_id", "raw_start", "raw_end"], kind="mergesort")[_FIGURE_COLUMNS]
    conn.executemany(f"INSERT INTO figures VALUES ({', '.join('?' * len(_FIGURE_COLUMNS))})", _records(figs))
    conn.executescript(
        """
        CREATE INDEX documents_council ON documents (council_slug);
        CREATE INDEX figures_span ON figures (doc_id, raw_start);
        """
    )
    conn.executemany("INSERT INTO info VALUES (?, ?)",
                     [("version", INDEX_VERSION), ("segments", str(len(segs))), ("words", str(len(folded)))])
    # Document and label number of every segment by rowid, as two little-endian int32 arrays: a query
    # filters and counts its matches with them without a join.
    keys = np.zeros((2, len(segs) + 1), dtype="<i4")
    keys[0, 1:] = [doc_no[r[0]] for r in segs]
    keys[1, 1:] = labels
    conn.execute("CREATE TABLE segment_keys (name TEXT PRIMARY KEY, data BLOB NOT NULL)")
    conn.executemany("INSERT INTO segment_keys VALUES (?, ?)", [("doc", keys[0].tobytes()), ("label", keys[1].tobytes())])
    conn.commit()
    conn.execute("VACUUM")


def build_index(processed_dir: str | os.PathLike[str] | None = None,
                path: str | os.PathLike[str] | None = None) -> Path:
    """Build ``<processed>/search.sqlite`` from the processed tables (see the module docstring)."""
    from . import paths
    from .labels import theme_names
    from .io import read_table

    processed = paths.processed_dir(processed_dir)
    tables = {name: read_table(name, processed) for name in INPUT_TABLES}
    shares_path = processed / "theme_shares.parquet"
    # Readable theme names (from the topics stage's table), named as the reports name them.
    names = theme_names(pd.read_parquet(shares_path, columns=["theme", "theme_name"]) if shares_path.exists() else None)
    rows = index_rows(tables["segments"], tables["documents"], tables["topics"], names)
    return write_index(Path(path) if path else processed / INDEX_NAME, rows, tables["figures"])


def is_stale(processed_dir: str | os.PathLike[str] | None = None) -> bool:
    """True when the index is missing or older than one of its input tables."""
    from . import paths

    processed = paths.processed_dir(processed_dir)
    target = processed / INDEX_NAME
    if not target.exists():
        return True
    built = target.stat().st_mtime_ns
    return any((processed / f"{n}.parquet").exists() and (processed / f"{n}.parquet").stat().st_mtime_ns > built
               for n in SOURCE_TABLES)


def ensure_index(processed_dir: str | os.PathLike[str] | None = None) -> Path:
    """The index of a processed folder, built first if missing or stale (for notebooks)."""
    if is_stale(processed_dir):
        return build_index(processed_dir)
    return index_path(processed_dir)


# ----------------------------------------------------------------------------- searching


def _check_date(value: str | None, name: str) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    from .corpus import iso_date

    value = str(value).strip()
    if iso_date(value) is None:
        raise SearchError(f"{name}={value!r} is not a date: give it as YYYY-MM-DD, e.g. {name}=2024-01-31")
    return value


@dataclass
class Results:
    """What a search found: the top ``hits`` (a DataFrame, see :func:`search`), the number of matching
    segments (``total``) and their counts per council and per theme."""

    query: Query
    filters: dict[str, Any]
    hits: pd.DataFrame
    total: int
    by_council: pd.DataFrame
    by_theme: pd.DataFrame


class SearchIndex:
    """An open index (read only). ``with SearchIndex(path) as idx: idx.search(...)``."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        if not self.path.exists():
            raise SearchError(f"{self.path}: no search index; build it with 'make search-index' "
                              "(or analysis.search.build_index)")
        self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            version = self.conn.execute("SELECT value FROM info WHERE key = 'version'").fetchone()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise SearchError(f"{self.path}: not a search index ({exc}); rebuild it with 'make search-index'") from None
        if not version or version[0] != INDEX_VERSION:
            self.conn.close()
            raise SearchError(f"{self.path}: index of another version; rebuild it with 'make search-index'")
        self._stems: dict[str, str] = {}
        self._keys: tuple[np.ndarray, np.ndarray] | None = None

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- stems from the index's vocabulary, nltk only for words the corpus does not have
    def _load_stems(self, words: Iterable[str]) -> None:
        missing = sorted({w for w in words if w not in self._stems})
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            sql = f"SELECT word, stem FROM vocab WHERE word IN ({', '.join('?' * len(chunk))})"
            self._stems.update(self.conn.execute(sql, chunk).fetchall())

    def stem(self, word: str) -> str:
        """The stem of a folded word, as the index has it."""
        if word not in self._stems:
            self._load_stems([word])
            if word not in self._stems:
                self._stems[word] = stem(word)
        return self._stems[word]

    def councils(self) -> dict[str, str]:
        """``{slug: name}`` of the councils in the index, by slug."""
        return dict(self.conn.execute(
            "SELECT council_slug, min(council) FROM documents GROUP BY council_slug ORDER BY council_slug").fetchall())

    def themes(self) -> dict[str, str]:
        """``{theme: theme name}`` of the themes in the index, by theme."""
        return dict(self.conn.execute(
            "SELECT theme, min(theme_name) FROM labels WHERE theme IS NOT NULL GROUP BY theme ORDER BY theme"))

    def parse(self, query: str) -> Query:
        """:func:`parse_query` with this index's stems."""
        return parse_query(query, self.stem)

    def _filters(self, council: str | None, theme: str | None, date_from: str | None, date_to: str | None,
                 ) -> tuple[dict[str, Any], list[int] | None, list[int] | None]:
        """Check the filters; return them, the documents and the labels they allow (None: any)."""
        council = (council or "").strip() or None
        theme = (theme or "").strip() or None
        date_from, date_to = _check_date(date_from, "FROM"), _check_date(date_to, "TO")
        doc_where, args = [], []
        if council is not None:
            council = resolve_council(council, self.councils())
            doc_where.append("council_slug = ?")
            args.append(council)
        if date_from and date_to and date_from > date_to:
            raise SearchError(f"FROM={date_from} is after TO={date_to}")
        if date_from:
            doc_where.append("meeting_date >= ?")
            args.append(date_from)
        if date_to:
            doc_where.append("meeting_date <= ?")
            args.append(date_to)
        docs = None
        if doc_where:
            docs = [d for (d,) in self.conn.execute(f"SELECT doc FROM documents WHERE {' AND '.join(doc_where)}", args)]
        labels = None
        if theme is not None:
            themes = self.themes()
            found = match_theme(theme, themes)
            if len(found) > 1:
                raise SearchError(f"THEME={theme!r} names {len(found)} themes: "
                                  + "; ".join(f"{t} ({themes[t]})" for t in found) + "; give more of one's words")
            if not found:
                raise SearchError(f"unknown theme {theme!r} (THEME=<theme>: a theme's id, name or whole words of "
                                  "either); the themes in the index are: "
                                  + "; ".join(f"{t} ({n})" for t, n in themes.items()))
            theme = found[0]
            labels = [lab for (lab,) in self.conn.execute("SELECT label FROM labels WHERE theme = ?", (theme,))]
        filters = {"council": council, "theme": theme, "date_from": date_from, "date_to": date_to}
        return filters, docs, labels

    def run(self, query: str, council: str | None = None, theme: str | None = None, date_from: str | None = None,
            date_to: str | None = None, limit: int | None = 50) -> Results:
        """Search: the top ``limit`` hits (all with ``None``) and the counts of every match."""
        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
            raise SearchError(f"LIMIT={limit!r} must be a positive whole number")
        q = self.parse(query)
        filters, allowed_docs, allowed_labels = self._filters(council, theme, date_from, date_to)
        # One pass of FTS5 over the matches (rowid and BM25); filters, counts and the best `limit` in numpy,
        # so that a common word on a large corpus stays well under a second.
        try:
            found = self.conn.execute("SELECT rowid, bm25(fts, 1.0, 1.0) FROM fts WHERE fts MATCH ?", (q.fts,)).fetchall()
        except sqlite3.OperationalError as exc:
            reason = str(exc).removeprefix("fts5: ")
            raise SearchError(f"bad search query {q.text!r}: not valid FTS5 syntax ({reason}: an operator needs a "
                              f"term on each side, NOT cannot start a query, parentheses must balance); "
                              f"{SYNTAX_HELP}") from None
        rowid = np.fromiter((r[0] for r in found), dtype=np.int64, count=len(found))
        bm25 = np.fromiter((r[1] for r in found), dtype=np.float64, count=len(found))
        doc_of, label_of = self._segment_keys()
        doc, label = doc_of[rowid], label_of[rowid]
        keep = np.ones(len(rowid), dtype=bool)
        if allowed_docs is not None:
            keep &= np.isin(doc, np.asarray(allowed_docs, dtype=np.int64))
        if allowed_labels is not None:
            keep &= np.isin(label, np.asarray(allowed_labels, dtype=np.int64))
        rowid, bm25, doc, label = rowid[keep], bm25[keep], doc[keep], label[keep]
        order = np.lexsort((rowid, bm25))  # best (lowest bm25) first, ties in document order
        if limit is not None:
            order = order[:limit]
        top = [(int(r), float(b)) for r, b in zip(rowid[order], bm25[order])]
        groups = Counter(zip(doc.tolist(), label.tolist()))
        hits = self._hits(q, top)
        docs = {d: (slug, name) for d, slug, name in self.conn.execute("SELECT doc, council_slug, council FROM documents")}
        labels = {lab: (t, n) for lab, t, n in self.conn.execute("SELECT label, theme, theme_name FROM labels")}
        council_n: Counter[tuple[str, str]] = Counter()
        theme_n: Counter[tuple[Any, Any]] = Counter()
        for (d, lab), n in groups.items():
            council_n[docs[d]] += n
            theme_n[labels.get(lab, (None, None))] += n
        by_council = pd.DataFrame([(s, c, n) for (s, c), n in council_n.items()],
                                  columns=["council_slug", "council", "hits"])
        by_theme = pd.DataFrame([(t, nm, n) for (t, nm), n in theme_n.items()], columns=["theme", "theme_name", "hits"])
        by_council = by_council.sort_values(["hits", "council"], ascending=[False, True], kind="mergesort")
        by_theme = by_theme.sort_values(["hits", "theme"], ascending=[False, True], kind="mergesort", na_position="last")
        return Results(q, filters, hits, sum(council_n.values()), by_council.reset_index(drop=True),
                       by_theme.reset_index(drop=True))

    def _segment_keys(self) -> tuple[np.ndarray, np.ndarray]:
        """Arrays indexed by segment rowid: its document number and its label number (0: none)."""
        if self._keys is None:
            data = dict(self.conn.execute("SELECT name, data FROM segment_keys"))
            self._keys = (np.frombuffer(data["doc"], dtype="<i4").astype(np.int64),
                          np.frombuffer(data["label"], dtype="<i4").astype(np.int64))
        return self._keys

    def _hits(self, q: Query, top: Sequence[tuple[Any, ...]]) -> pd.DataFrame:
        cols = [c for c in _SEGMENT_COLUMNS if c != "seq"]
        details: dict[int, tuple[Any, ...]] = {}
        ids = [m[0] for m in top]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            sql = f"SELECT rowid, {', '.join(cols)} FROM passages WHERE rowid IN ({', '.join('?' * len(chunk))})"
            details.update((r[0], r[1:]) for r in self.conn.execute(sql, chunk))
        frame = pd.DataFrame([details[m[0]] for m in top], columns=cols)
        frame.insert(0, "query", q.text)
        frame.insert(1, "rank", range(1, len(top) + 1))
        frame.insert(2, "score", [round(-m[1], 6) + 0.0 for m in top])
        frame = frame[CSV_COLUMNS + EXTRA_COLUMNS]
        for col in ("rank", "raw_start", "raw_end", "topic"):
            frame[col] = frame[col].astype("Int64")
        return frame

    def figures(self, hits: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
        """``{segment_id: [figure, ...]}``: the figures whose span overlaps each hit's span."""
        out: dict[str, list[dict[str, Any]]] = {}
        cols = _FIGURE_COLUMNS[1:]
        for h in hits.itertuples():
            rows = self.conn.execute(
                f"SELECT {', '.join(cols)} FROM figures WHERE doc_id = ? AND raw_start < ? AND raw_end > ? "
                "ORDER BY raw_start, raw_end", (h.doc_id, int(h.raw_end), int(h.raw_start))).fetchall()
            out[h.segment_id] = [dict(zip(cols, r)) for r in rows]
        return out

    def marks(self, q: Query, texts: Iterable[str]) -> list[list[tuple[int, int]]]:
        """:func:`mark_spans` of each text, with the index's stems."""
        texts = list(texts)
        self._load_stems(w for t in texts for _, _, w in tokens(t))
        return [mark_spans(t, q.terms, self.stem) for t in texts]


def search(query: str, council: str | None = None, theme: str | None = None, date_from: str | None = None,
           date_to: str | None = None, limit: int | None = 50,
           processed_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Search the index of ``processed_dir``: one row per matching segment, best first.

    Columns: :data:`CSV_COLUMNS` (query, rank, score, doc_id, segment_id, council, committee,
    meeting_date, heading, theme, theme_name, text, raw_start, raw_end, source_url) then :data:`EXTRA_COLUMNS`.
    ``council`` is a council slug (or its name, or a unique part of it: :func:`resolve_council`), ``theme``
    a codebook theme id (or its name), ``date_from`` / ``date_to`` ISO dates (inclusive; undated meetings are
    left out when either is given); ``limit=None`` returns every match. The number of matches is in ``.attrs["total"]``.
    """
    with SearchIndex(index_path(processed_dir)) as idx:
        res = idx.run(query, council, theme, date_from, date_to, limit)
    res.hits.attrs["total"] = res.total
    return res.hits


# ----------------------------------------------------------------------------- output


def _template() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent / "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env.get_template("search.html.j2")


def _present(value: Any) -> Any:
    return None if _cell(value) in (None, "") else _cell(value)


def render_html(res: Results, marks: Sequence[Sequence[tuple[int, int]]],
                figures: Mapping[str, list[dict[str, Any]]], pages: Collection[str] = ()) -> str:
    """The results page (Jinja2 with autoescape: every string from the minutes is escaped). ``pages``: the report
    pages beside the results folder (``index`` and council slugs, :func:`report_pages`), which the page links to
    ("All reports", each council's report); a page not there is not linked. Units are named as the reports name
    them ("pounds (£) per week", not ``gbp``)."""
    from .unitnames import bound_mark, unit_text
    from .urls import safe_url

    groups: dict[str, dict[str, Any]] = {}
    for hit, spans in zip(res.hits.itertuples(), marks):
        g = groups.setdefault(hit.council_slug, {"slug": hit.council_slug, "council": hit.council, "hits": []})
        figs = [{**f, "value": _present(f["value"]), "side": _present(f.get("side")),  # (r46tidy) a variance's side
                 "unit_label": unit_text(f.get("unit"), f.get("per")),
                 "mark": bound_mark(f.get("bound"))}
                for f in figures.get(hit.segment_id, [])]
        g["hits"].append({
            "rank": int(hit.rank), "score": float(hit.score), "segment_id": hit.segment_id, "doc_id": hit.doc_id,
            "meeting_date": _present(hit.meeting_date), "committee": _present(hit.committee),
            "heading": _present(hit.heading) or _present(hit.title),
            "theme": _present(hit.theme), "theme_name": _present(hit.theme_name),
            "topic_label": _present(hit.topic_label), "parts": split_marked(hit.text, spans),
            "raw_start": int(hit.raw_start), "raw_end": int(hit.raw_end), "file": _present(hit.file),
            "url": safe_url(hit.source_url), "figures": figs,
        })
    totals = dict(zip(res.by_council["council_slug"], res.by_council["hits"]))
    for g in groups.values():
        g["total"] = int(totals.get(g["slug"], len(g["hits"])))
    command = "make search Q=" + _shell_quote(res.query.text) + "".join(
        f" {k}={_shell_quote(str(v))}" for k, v in (("COUNCIL", res.filters["council"]), ("THEME", res.filters["theme"]),
                                                    ("FROM", res.filters["date_from"]), ("TO", res.filters["date_to"]))
        if v) + (f" LIMIT={len(res.hits)}" if len(res.hits) != 50 and len(res.hits) < res.total else "")
    return _template().render(
        query=res.query.text, filters=res.filters, total=res.total, shown=len(res.hits), groups=list(groups.values()),
        by_council=res.by_council.to_dict("records"), by_theme=res.by_theme.to_dict("records"), command=command,
        pages=set(pages),
    )


def report_pages(reports_dir: str | os.PathLike[str]) -> set[str]:
    """The report pages in ``reports_dir`` a results page in ``<reports_dir>/search/`` may link to: ``index`` and
    the council slugs whose ``<slug>.html`` is there (``comparison`` too)."""
    folder = Path(reports_dir)
    return {p.stem for p in folder.glob("*.html")} if folder.is_dir() else set()


def _shell_quote(value: str) -> str:
    """``value`` single-quoted for a POSIX shell.

    >>> print(_shell_quote("it's"))
    'it'\\''s'
    """
    return "'" + value.replace("'", "'\\''") + "'"


def sides_cell(figures: Iterable[Mapping[str, Any]]) -> str:
    """(r46tidy) The ``sides`` cell of a passage in the results CSV: each of its figures (:meth:`SearchIndex.figures`)
    that has a side, the side before the amount as written, as the pages write a variance ("adverse £17m"), joined by
    "; "; "" when none has.

    >>> sides_cell([{"surface": "£17m", "side": "adverse"}, {"surface": "45", "side": None},
    ...             {"surface": "£0.737m", "side": "favourable"}])
    'adverse £17m; favourable £0.737m'
    >>> sides_cell([])
    ''
    """
    return "; ".join(f"{f['side']} {f['surface']}" for f in figures if _present(f.get("side")))


def write_results(res: Results, marks: Sequence[Sequence[tuple[int, int]]], figures: Mapping[str, list[dict[str, Any]]],
                  reports_dir: str | os.PathLike[str]) -> tuple[Path, Path]:
    """Write ``<reports_dir>/search/<slug>.html`` and ``.csv`` (:data:`RESULTS_CSV_COLUMNS`: the hits' columns and each
    passage's variances with their sides) atomically; return their paths."""
    from .io import PUBLIC_MODE, write_files

    out = Path(reports_dir) / "search"
    slug = query_slug(res.query.text, res.filters["council"], res.filters["theme"], res.filters["date_from"],
                      res.filters["date_to"])
    html_path, csv_path = write_files({
        out / f"{slug}.html": render_html(res, marks, figures, report_pages(reports_dir)),
        out / f"{slug}.csv": res.hits[CSV_COLUMNS].assign(
            sides=[sides_cell(figures.get(sid, [])) for sid in res.hits["segment_id"]],
        )[RESULTS_CSV_COLUMNS].to_csv(index=False, lineterminator="\n"),
    }, PUBLIC_MODE)
    return html_path, csv_path


#: The filters as the terminal line and the results page name them ("meetings from 2024-01-01", not "date_from").
_FILTER_WORDS = {"date_from": "meetings from", "date_to": "meetings up to"}


def format_hits(res: Results, marks: Sequence[Sequence[tuple[int, int]]], color: bool = False, width: int = 100) -> str:
    """The hits as terminal text: rank, council, date, committee, heading and the passage around
    its first match, with matched words in bold (``color``) or between ``**``."""
    on, off = ("\x1b[1;33m", "\x1b[0m") if color else ("**", "**")
    lines = [f"{res.total} passage{'s match' if res.total != 1 else ' matches'} {res.query.text!r}"
             + (" (" + ", ".join(f"{_FILTER_WORDS.get(k, k)} {v}" for k, v in res.filters.items() if v) + ")"
                if any(res.filters.values()) else "")
             + (f" in {len(res.by_council)} council{'s' if len(res.by_council) != 1 else ''}" if res.total else "")
             + (f" (top {len(res.hits)} shown)" if len(res.hits) < res.total else "")]
    if not res.total:  # the advice of the results page, and the filters that narrowed the search
        given = [name for name, key in (("COUNCIL", "council"), ("THEME", "theme"), ("FROM", "date_from"),
                                        ("TO", "date_to")) if res.filters.get(key)]
        lines.append("\nNo passage matches. Try fewer words, a word's other form with a prefix (allowanc*) or OR "
                     "between alternatives" + (f", or drop a filter ({', '.join(given)})" if given else "") + ".")
    for hit, spans in zip(res.hits.itertuples(), marks):
        head = " · ".join(str(x) for x in (hit.council, _present(hit.meeting_date) or "undated",
                                           _present(hit.committee)) if x)
        lines.append(f"\n{int(hit.rank):3d}. {head}")
        heading = _present(hit.heading) or _present(hit.title)  # a passage under no heading: its agenda item's title
        if heading:
            lines.append(f"     {heading}")
        text, inside = snippet(hit.text, spans)
        marked = "".join(f"{on}{p}{off}" if m else p for p, m in split_marked(text, inside))
        lines.extend(textwrap.wrap(marked, width=width, initial_indent="     ", subsequent_indent="     ",
                                   break_on_hyphens=False))
        where = _present(hit.source_url) or f"{hit.doc_id} characters {int(hit.raw_start)}-{int(hit.raw_end)}"
        lines.append(f"     {where}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.search build|query ...`` (see the module docstring)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m analysis.search")
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="build <processed>/search.sqlite from the processed tables")
    p_build.add_argument("--processed-dir", default=None)
    p_query = sub.add_parser("query", help="search, print the top hits, write the HTML and CSV")
    p_query.add_argument("--processed-dir", default=None)
    p_query.add_argument("--reports-dir", default=None)
    p_query.add_argument("-q", "--query", default="")
    p_query.add_argument("--council", default=None)
    p_query.add_argument("--theme", default=None)
    p_query.add_argument("--from", dest="date_from", default=None)
    p_query.add_argument("--to", dest="date_to", default=None)
    p_query.add_argument("--limit", default="50")
    args = parser.parse_args(argv)
    from . import paths

    try:
        if args.command == "build":
            path = build_index(args.processed_dir)
            print(f"wrote {path}")
            return 0
        limit_text = str(args.limit).strip()
        if not re.fullmatch(r"\d+", limit_text) or int(limit_text) < 1:
            raise SearchError(f"LIMIT={args.limit!r} must be a positive whole number")
        with SearchIndex(index_path(args.processed_dir)) as idx:
            res = idx.run(args.query, args.council, args.theme, args.date_from, args.date_to, int(limit_text))
            marks = idx.marks(res.query, res.hits["text"])
            figures = idx.figures(res.hits)
        html_path, csv_path = write_results(res, marks, figures, paths.reports_dir(args.reports_dir))
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_hits(res, marks, color=sys.stdout.isatty()))
    print(f"\nwrote {html_path}\nwrote {csv_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
