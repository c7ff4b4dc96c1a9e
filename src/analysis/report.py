"""Stage 4b: the HTML reports people read, rendered from Jinja2 templates.

Pages are plain, self-contained HTML built from the templates in ``analysis/templates/`` (autoescape
on, so every value from the minutes, the manifest or a file name is escaped by the template): no
JavaScript, no external stylesheet, font or image. Charts are matplotlib figures turned into
``data:`` PNGs by one helper (:func:`chart`). A ``Content-Security-Policy`` meta tag forbids scripts
and remote resources, as a second line of defence behind the escaping.

The pages read only the compare stage's tables (``analysis.compare``) and ``documents``
(:func:`load_tables`). :func:`council_view` and :func:`comparison_view` gather one page's data as
DataFrames (what notebooks 04 and 05 show) and draw its charts; :func:`render_council` and
:func:`render_comparison` turn a view into a page. :func:`render_all` writes every council page, the
comparison and the index in one process and removes pages of councils no longer in the corpus.

Only http/https URLs become links (:func:`safe_url`, a template filter); a quoted sentence is split
at the figure (:func:`quote_parts`) and the template escapes each part and marks the figure.

Nothing in a page depends on the time of the run except the run card's "time taken", wrapped in
``<span class="runcard-volatile">`` so a test can strip it and compare two renders byte for byte.

Command line (used by ``make``)::

    python -m analysis.report all --raw-dir DIR --processed-dir DIR --reports-dir DIR
    python -m analysis.report index --processed-dir DIR --reports-dir DIR
"""

from __future__ import annotations

import base64
import io
import os
import re
import subprocess
import sys
import time
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import metadata
from pathlib import Path
from typing import Any

import pandas as pd

from .compare import (  # noqa: F401  (occurrence_index: re-exported)
    ALL_PERIODS, OFF, ON, TRACK_COLOURS, _track_rules, locate, occurrence_index, period_end, theme_names,
)
from .corpus import RESERVED_SLUGS
from .errors import PipelineError
from .figures.side import side_word_at, signed_variance, takes_side
from .fingerprint import sha256_file as file_sha256
from .periods import QUARTER_ALONE, fy_text, period_label, quarter_end, quarter_year_from_text
from .unitnames import UNIT_NAMES, UNIT_SYMBOLS, bound_mark, money_text, unit_code, unit_text  # noqa: F401  (re-exported: pages, notebooks and tests use report.unit_text)
from .urls import is_missing, safe_url  # noqa: F401  (re-exported: templates and notebooks use report.safe_url)

#: Packages whose versions every run card lists.
RUN_CARD_PACKAGES = ("pandas", "numpy", "scikit-learn", "nltk", "matplotlib", "papermill", "pyarrow", "jinja2")

#: The processed tables the pages read: the documents and the compare stage's tables.
REPORT_TABLES = ("documents", "council_figures", "indicator_series", "indicator_latest", "track_statements",
                 "council_theme_shares", "council_topic_shares", "distinctive_themes", "distinctive_topics",
                 "document_periods")

#: The ``generator`` meta tag of every page: how :func:`remove_stale_pages` knows a page is ours.
GENERATOR = "council-minutes"
VOLATILE_CLASS = "runcard-volatile"

# ----------------------------------------------------------------------------- escaping and links


def anchor_id(value: str) -> str:
    """An HTML id made of ``[a-z0-9-]`` from any string (such as a figure id).

    >>> anchor_id("003_1b56:120-125")
    'fig-003-1b56-120-125'
    """
    return "fig-" + re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-")



# ----------------------------------------------------------------------------- quotes


@dataclass(frozen=True)
class Quote:
    """A quoted sentence split at its figure: ``before`` + ``mark`` + ``after``; when the figure
    cannot be placed, ``found`` is false, ``before`` is the whole sentence and ``mark`` the figure."""

    before: str
    mark: str
    after: str
    found: bool = True


def quote_parts(sentence: Any, surface: Any, occurrence: int = 0) -> Quote:
    """Split ``sentence`` at the ``occurrence``-th ``surface`` (the template escapes each part and
    wraps ``mark`` in ``<mark>``).

    >>> quote_parts("Costs rose to <b>£6,500</b> a week", "£6,500")
    Quote(before='Costs rose to <b>', mark='£6,500', after='</b> a week', found=True)
    >>> quote_parts("no figure here", "12%").found
    False
    """
    text = "" if is_missing(sentence) else str(sentence)
    surf = "" if is_missing(surface) else str(surface)
    span = locate(text, surf, occurrence) if surf else None
    if span is None and surf:
        # (r41review2) the surface is sliced from the extracted text, the sentence from the clean text: a range "180 –
        # 200" (en dash) stands there as "180 - 200", a minus as "-"; look for the surface as the cleaning wrote it
        from .clean import normalise

        clean = normalise(surf).text
        span = locate(text, clean, occurrence) if clean and clean != surf else None
    if span is None:
        return Quote(text, surf, "", False)
    a, b = span
    return Quote(text[:a], text[a:b], text[b:])


def short_quote(q: Quote, words: int = 8) -> Quote:
    """``q`` cut to ``words`` words either side of its figure, "…" where words were cut: how a figure table quotes a
    sentence it quoted whole in the row above (r32reader: Slough's NEET sentence of five figures stood whole five
    times, four lines each). A quote whose figure was not placed is left whole.

    >>> short_quote(quote_parts("one two three four five six 7% eight nine ten", "7%"), 3)
    Quote(before='… four five six ', mark='7%', after=' eight nine ten', found=True)
    >>> short_quote(quote_parts("Rates rose to 7% overall.", "7%"), 3)
    Quote(before='Rates rose to ', mark='7%', after=' overall.', found=True)
    """
    if not q.found:
        return q
    before = re.split(r"(\s+)", q.before)
    after = re.split(r"(\s+)", q.after)
    # the pieces alternate word / space; 2 * words + 1 pieces hold ``words`` words and the space next to the figure
    keep = 2 * words + 1
    b = "".join(before[-keep:]) if len(before) > keep else q.before
    a = "".join(after[:keep]) if len(after) > keep else q.after
    return Quote(("… " + b.lstrip()) if b != q.before else b, q.mark, (a.rstrip() + " …") if a != q.after else a)


# ----------------------------------------------------------------------------- formatting


def format_number(value: Any) -> str:
    """A number for people: thousands separators, no trailing ``.0``.

    >>> format_number(3700.0), format_number(0.6826), format_number(12.5), format_number(None)
    ('3,700', '0.6826', '12.5', '')
    """
    if is_missing(value):
        return ""
    v = float(value)
    if v.is_integer():
        return f"{int(v):,}"
    return f"{v:,.4f}".rstrip("0").rstrip(".")


#: (r44values) a share the minutes give as a ratio, one term each side of "in" or "out of": "one-in-14", "1 in 4",
#: "seven out of ten" (the grammar's ratio group; its value is the share in percent)
_RATIO_SURFACE = re.compile(r"(?i)^[a-z0-9.,]+(?:\s+|-)(?:in|out(?:\s+|-)of)(?:\s+|-)[a-z0-9.,]+$")


def ratio_text(surface: Any, unit: Any) -> str | None:
    """(r44values) The ratio a share in percent was written as, in numerals ("one-in-14" -> "1 in 14", "seven out of
    ten" -> "7 out of 10"); ``None`` for any other value. The figures table keeps the share (7.142857 percent), which
    compares with other councils' percentages; the pages show the ratio beside it, so a reader sees what the minutes
    said and no precision they never gave.

    >>> ratio_text("One-in-14", "percent"), ratio_text("seven out of ten", "percent"), ratio_text("1 in 40", "rate")
    ('1 in 14', '7 out of 10', None)
    >>> ratio_text("7.1%", "percent"), ratio_text(None, "percent")
    (None, None)
    """
    if unit != "percent" or is_missing(surface) or not _RATIO_SURFACE.match(str(surface).strip()):
        return None
    from .figures.grammar import ratio_terms

    num, den = ratio_terms(str(surface).strip())
    if not den:
        return None
    gap = "out of" if "out" in str(surface).lower() else "in"
    return f"{format_number(num)} {gap} {format_number(den)}"


def value_text(value: Any, value_max: Any = None, bound: Any = None, surface: Any = None, unit: Any = None) -> str:
    """A figure's value (or range) as text; (r42bound) a value the minutes give as a bound or an approximation (the
    figures' ``bound`` column) after its mark (:data:`.unitnames.BOUND_MARKS`), so that "above 71%" never reads as 71.

    >>> value_text(6500.0, 7000.0), value_text(68.0), value_text(71.0, None, "more_than"), value_text(1200.0, None, "about")
    ('6,500–7,000', '68', '> 71', '~1,200')

    (r44values) A share written as a ratio (``surface`` "one-in-14", ``unit`` percent: :func:`ratio_text`) shows to two
    decimals with the ratio after it: "nearly one-in-14" was "< 7.1429", a precision the minutes never gave.

    >>> value_text(100 / 14, None, "less_than", "one-in-14", "percent"), value_text(100 / 3, None, None, "One in three", "percent")
    ('< 7.14 (1 in 14)', '33.33 (1 in 3)')
    """
    ratio = ratio_text(surface, unit) if is_missing(value_max) and not is_missing(value) else None
    if ratio is not None:
        return bound_mark(bound) + format_number(round(float(value), 2)) + f" ({ratio})"
    text = format_number(value)
    if not is_missing(value_max):
        text += "–" + format_number(value_max)
    return bound_mark(bound) + text if text else text


def date_text(value: Any, missing: str = "date not given") -> str:
    """A meeting date for a table cell.

    >>> date_text("2024-06-01"), date_text(None)
    ('2024-06-01', 'date not given')
    """
    return missing if is_missing(value) else str(value)


def is_change(value: Any) -> bool:
    """Is a figure's ``is_change`` set: a rise or fall the minutes report ("had risen by 8%", "a reduction of 10"),
    not a level? The pages mark such a value "change", so that "Key Stage 2 attainment 8 percent" is not read as
    a level of 8%.

    >>> is_change(True), is_change(False), is_change(None), is_change(float("nan"))
    (True, False, False, False)
    """
    return not is_missing(value) and bool(value)


def given_text(value: Any, missing: str = "not given") -> str:
    """A manifest cell that may be empty (committee, item title) for a table cell: ``missing`` where the manifest
    left it empty, so an empty cell never reads "None" or "nan".

    >>> given_text("Schools Forum"), given_text(None), given_text(float("nan")), given_text("")
    ('Schools Forum', 'not given', 'not given', 'not given')
    """
    return missing if is_missing(value) or str(value).strip() == "" else str(value)


# ----------------------------------------------------------------------------- a quarter named without its year

def quarter_year_from_date(quarter: int, meeting_date: Any) -> str | None:
    """The financial year of the last quarter ``quarter`` that had ended by the meeting (a quarter's report is
    discussed after its end): Q2 at a meeting of 2021-11-16 is Q2 2021/22 (ended 30 September 2021), at a meeting of
    2021-08-10 Q2 2020/21. ``None`` without a date.

    >>> quarter_year_from_date(2, "2021-11-16"), quarter_year_from_date(2, "2021-08-10"), quarter_year_from_date(4, "2024-05-20")
    ('2021/22', '2020/21', '2023/24')
    >>> quarter_year_from_date(3, "2025-01-15"), quarter_year_from_date(1, None)
    ('2024/25', None)
    """
    if is_missing(meeting_date):
        return None
    try:
        day = pd.Timestamp(str(meeting_date)).date()
    except (ValueError, TypeError):
        return None
    for first in (day.year, day.year - 1, day.year - 2):
        if quarter_end(quarter, first) <= day:
            return fy_text(first)
    return None


@dataclass(frozen=True)
class PeriodShown:
    """A reporting period as a page shows it: ``text`` ("Q2 2021/22"), a short ``note`` beside it ("year inferred",
    "no year named"; ``None`` for a period the minutes name whole) and ``why``, the sentence saying where the year
    came from (the meetings table shows it; elsewhere it is the note's tooltip)."""

    text: str
    note: str | None = None
    why: str | None = None


def show_period(label: Any, meeting_date: Any = None, text: str | None = None) -> PeriodShown:
    """How a page shows a reporting period label of the compare tables. A quarter named alone ("Q2": West Sussex's
    "Performance and Resources Report - Quarter 2") gets the financial year of the months of that quarter the
    document names with their year (:func:`analysis.periods.quarter_year_from_text`), else of the meeting date
    (:func:`quarter_year_from_date`), and says so; with neither it says no year is named. The tables keep the
    minutes' label: this is presentation only. Any other label is shown as it is.

    >>> show_period("Q2", None, "as at the end of September 2021 (Quarter 2)")
    PeriodShown(text='Q2 2021/22', note='year inferred', why='The minutes name Q2 without its year: 2021/22 is the financial year of "September 2021", which the minutes name.')
    >>> show_period("Q3", "2025-01-15").text, show_period("Q3", "2025-01-15").why
    ('Q3 2024/25', 'The minutes name Q3 without its year: 2024/25 is the financial year of the last Q3 ended by the meeting of 2025-01-15.')
    >>> show_period("Q1")
    PeriodShown(text='Q1', note='no year named', why='The minutes name Q1 without its year, and give no date of that quarter nor a meeting date to take it from.')
    >>> show_period("Q2 2024/25"), show_period(None), show_period("")
    (PeriodShown(text='Q2 2024/25', note=None, why=None), PeriodShown(text='', note=None, why=None), PeriodShown(text='', note=None, why=None))
    """
    label = "" if is_missing(label) else str(label).strip()
    q = QUARTER_ALONE.fullmatch(label)
    if not q:
        return PeriodShown(label)
    quarter = int(q.group(1))
    head = f"The minutes name {label} without its year"
    from_text = quarter_year_from_text(quarter, text or "")
    if from_text:
        fy, words = from_text
        return PeriodShown(f"{label} {fy}", "year inferred",
                           f'{head}: {fy} is the financial year of "{words}", which the minutes name.')
    fy = quarter_year_from_date(quarter, meeting_date)
    if fy:
        return PeriodShown(f"{label} {fy}", "year inferred",
                           f"{head}: {fy} is the financial year of the last {label} ended by the meeting of "
                           f"{meeting_date}.")
    return PeriodShown(label, "no year named",
                       f"{head}, and give no date of that quarter nor a meeting date to take it from.")


def _blank_none(value: Any) -> Any:
    """The templates' ``finalize``: a missing value prints as nothing, never as "None"."""
    return "" if value is None else value


def theme_anchor(theme: Any) -> str:
    """The id of a theme's heading.

    >>> theme_anchor("Children in care")
    'children-in-care'
    """
    return re.sub(r"[^a-z0-9]+", "-", str(theme).lower())


# ----------------------------------------------------------------------------- charts and templates


def png_bytes(fig: Any, dpi: int = 100) -> bytes:
    """A matplotlib figure as PNG bytes, without the metadata that varies between runs. The chart
    functions lay their figures out (``tight_layout``), so the figure is drawn once, not twice as
    ``bbox_inches="tight"`` would."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None}, facecolor="white")
    return buf.getvalue()



@dataclass(frozen=True)
class Chart:
    """A chart ready for a page: alternative text and a ``data:image/png;base64,...`` source."""

    alt: str
    src: str


def chart(fig: Any, alt: str, dpi: int = 100) -> Chart:
    """The one way a matplotlib figure becomes an image in a page: PNG bytes (no varying metadata)
    as a ``data:`` URI, with the figure closed afterwards."""
    import matplotlib.pyplot as plt

    src = "data:image/png;base64," + base64.b64encode(png_bytes(fig, dpi)).decode("ascii")
    plt.close(fig)
    return Chart(alt, src)


# No script may run and nothing may load from elsewhere; images only from data: URIs.
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

_ENV = None


def templates():
    """The Jinja2 environment of the page templates (autoescape on; undefined names are errors)."""
    global _ENV
    if _ENV is None:
        import jinja2

        env = jinja2.Environment(loader=jinja2.PackageLoader("analysis", "templates"), autoescape=True,
                                 undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                                 finalize=_blank_none)
        env.filters["safe_url"] = safe_url
        env.filters["num"] = format_number
        env.globals.update(csp=CSP, generator=GENERATOR, volatile=VOLATILE_CLASS, money_cell=money_cell,
                           track_examples=track_examples)
        _ENV = env
    return _ENV


def track_examples(rules: Any = None) -> dict[str, tuple[str, ...]]:
    """(r35twins2) The phrases the pages' note of what "on track" means names (``macros.track_note``, which quotes them),
    written from the figure rules (``rules``: a rules object or file, else the shipped ``data/figure_rules.yml`` or ``$CM_FIGURE_RULES``, as
    the compare stage reads them): one example of each ``status.off_track`` / ``status.on_track`` line, so a
    researcher's edit of the file shows in the note (it listed examples of its own). (r36twins) With the colour a
    status value gives each track (``off_colour`` / ``on_colour``: the first of :data:`analysis.compare.TRACK_COLOURS`,
    which the compare stage reads), so the note's "rated red" / "rated green" are no words of its own.

    >>> track_examples()["on"], track_examples()["off_colour"], track_examples()["on_colour"]
    (('on track', 'above target', 'met target', 'better than target'), ('red',), ('green',))
    """
    r = _track_rules(rules)  # (r36twins) a rules object or a file, as ``python -m analysis.compare --rules FILE``
    return {"off": r.off_track_examples, "on": r.on_track_examples,
            "off_colour": TRACK_COLOURS[OFF][:1], "on_colour": TRACK_COLOURS[ON][:1]}


def render(template: str, **context: Any) -> str:
    """Render ``analysis/templates/<template>`` with ``context``."""
    return templates().get_template(template).render(**context)


def write_page(path: str | os.PathLike[str], text: str) -> Path:
    """Write a page atomically (a failure leaves the previous page), readable by anyone."""
    from .io import PUBLIC_MODE, write_text

    return write_text(path, text, PUBLIC_MODE)


# ----------------------------------------------------------------------------- run card


def git_commit(root: str | os.PathLike[str] | None = None) -> str:
    """``git rev-parse HEAD`` of the project (with ``-dirty`` if tracked files changed), or ``"unknown"``."""
    from .paths import PROJECT_ROOT

    where = str(root or PROJECT_ROOT)
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=where, capture_output=True, text=True, timeout=10)
        if head.returncode != 0:
            return "unknown"
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=where,
                               capture_output=True, text=True, timeout=10)
        return head.stdout.strip() + ("-dirty" if dirty.returncode == 0 and dirty.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def package_versions(packages: Iterable[str] = RUN_CARD_PACKAGES) -> dict[str, str]:
    """Installed versions of ``packages`` (``"not installed"`` when absent), plus Python's."""
    out = {"python": sys.version.split()[0]}
    for name in packages:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


@dataclass
class RunCard:
    """What the run card shows: commit, package versions, parameters, inputs and seconds taken."""

    parameters: Mapping[str, Any]
    inputs: list[dict[str, str]]
    seconds: float
    commit: str
    versions: Mapping[str, str]


_VOLATILE = re.compile(rf'<span class="{VOLATILE_CLASS}">.*?</span>', re.S)


def strip_volatile(page_html: str) -> str:
    """The page without its volatile run-card parts (for comparing two renders).

    >>> strip_volatile('a <span class="runcard-volatile">1.2 s</span> b')
    'a  b'
    """
    return _VOLATILE.sub("", page_html)



# ----------------------------------------------------------------------------- inputs


@dataclass
class Tables:
    """The tables the pages read (:data:`REPORT_TABLES`), loaded once, with per-council slices and
    table hashes cached so that rendering every council costs little per council."""

    processed_dir: Path
    frames: dict[str, pd.DataFrame]
    #: (r46tidy) ``{table: the later columns its file lacked}``, which :func:`load_tables` filled with null
    #: (:func:`.schemas.later_missing`): a column an older run did not write, so nothing was read for it, as opposed
    #: to a column the run wrote empty (a variance whose minutes give no side)
    filled: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _by_council: dict[str, dict[str, pd.DataFrame]] = field(default_factory=dict, repr=False)
    _hashes: dict[str, str] = field(default_factory=dict, repr=False)

    def __getattr__(self, name: str) -> pd.DataFrame:
        frames = self.__dict__.get("frames", {})
        if name in frames:
            return frames[name]
        raise AttributeError(name)

    def council(self, name: str, slug: str) -> pd.DataFrame:
        """The rows of table ``name`` for council ``slug`` (an empty frame when it has none)."""
        if name not in self._by_council:
            df = self.frames[name]
            self._by_council[name] = {str(k): g for k, g in df.groupby("council_slug", sort=False)}
        empty = self.frames[name].iloc[0:0]
        return self._by_council[name].get(slug, empty)

    @cached_property
    def names(self) -> pd.Series:
        """``council_slug -> council`` name (the first spelling in doc_id order)."""
        d = self.documents.sort_values("doc_id", kind="mergesort")
        return d.groupby("council_slug", sort=True)["council"].first().astype(str)

    @cached_property
    def theme_names(self) -> dict[str, str]:
        """``{theme id: readable name}`` (``other`` and ``unassigned`` included): :func:`compare.theme_names`."""
        return theme_names(self.council_theme_shares)

    @cached_property
    def indicator_labels(self) -> dict[str, str]:
        """``{indicator_id: label}`` of every indicator the compare stage labelled (its series and latest values,
        every council), so that a figure row can name the indicator it was recognised as (:func:`figure_rows`)."""
        out: dict[str, str] = {}
        for name in ("indicator_series", "indicator_latest"):
            df = self.frames.get(name)
            if df is None or "indicator_label" not in df.columns:
                continue
            for ind, label in zip(df["indicator_id"], df["indicator_label"]):
                if not is_missing(ind) and not is_missing(label):
                    out.setdefault(str(ind), str(label))
        return out

    def period(self, label: Any, doc_id: Any) -> PeriodShown:
        """How the pages show ``label``, a reporting period of document ``doc_id`` (:func:`show_period`: a quarter
        named without its year gets it from the document's months or its meeting date, and says so). The document's
        text is read only for such a quarter; a text missing from the processed folder gives no year."""
        key = ("" if is_missing(label) else str(label), str(doc_id))
        cache = self.__dict__.setdefault("_periods", {})
        if key not in cache:
            if not QUARTER_ALONE.fullmatch(key[0].strip()):
                cache[key] = show_period(key[0])
            else:
                from .corpus import text_path
                from .io import read_text

                date = self.meeting_dates.get(key[1])
                path = text_path(self.processed_dir, key[1])
                text = read_text(path) if path.exists() else ""
                cache[key] = show_period(key[0], date, text)
        return cache[key]

    @cached_property
    def meeting_dates(self) -> dict[str, Any]:
        """``{doc_id: meeting_date}`` of the documents (the first row of an id), for :meth:`period`. (r43scale) Read
        once, not by comparing every document id for each quarter named without its year: with 10,500 documents that
        comparison was a tenth of the reports stage."""
        docs = self.documents
        out: dict[str, Any] = {}
        for doc_id, date in zip(docs["doc_id"].astype(str), docs["meeting_date"]):
            out.setdefault(doc_id, date)
        return out

    def table_hash(self, name: str) -> str:
        if name not in self._hashes:
            self._hashes[name] = file_sha256(self.processed_dir / f"{name}.parquet")
        return self._hashes[name]

    def inputs(self, documents: pd.DataFrame) -> list[dict[str, str]]:
        """The run card's input files: the minutes files of ``documents`` and every table read."""
        rows = [{"kind": "minutes", "file": str(f), "sha256": str(s)} for f, s in zip(documents["file"], documents["sha256"])]
        rows += [{"kind": "table", "file": f"{n}.parquet", "sha256": self.table_hash(n)} for n in REPORT_TABLES]
        return sorted(rows, key=lambda r: (r["kind"], r["file"]))


def load_tables(processed_dir: str | os.PathLike[str]) -> Tables:
    """Read the documents and the compare stage's tables, with a clear error if a stage has not run; a table an older
    run wrote gets the columns added since, null (r43report: :func:`.schemas.with_later_columns`), and the tables
    remember which they got (:attr:`Tables.filled`, r46tidy), so a page says "not read" of them, not "none"."""
    from .io import read_table
    from .schemas import later_missing, with_later_columns

    read = {name: read_table(name, processed_dir) for name in REPORT_TABLES}
    missing = {name: later_missing(name, df.columns) for name, df in read.items()}
    tables = {name: with_later_columns(name, df, missing[name]) for name, df in read.items()}
    return Tables(Path(processed_dir), tables, {name: cols for name, cols in missing.items() if cols})


def check_council(documents: pd.DataFrame, council: str | None) -> str:
    """The council slug to report on: ``council`` if the corpus has it, else an error listing them.

    ``None`` or ``""`` picks the first slug (alphabetically), the notebook's default. A slug that
    would overwrite another report page (``index``, ``comparison``) is an error here too, although
    the manifest check (``corpus.load_manifest``) already refuses it.
    """
    slugs = sorted(set(documents["council_slug"].astype(str)))
    if not slugs:
        raise PipelineError("the documents table is empty: add minutes and manifest rows to the raw folder.")
    clash = sorted(RESERVED_SLUGS.intersection(slugs))
    if clash:
        raise PipelineError(
            f"council slug(s) {clash} would overwrite the reports' {clash[0]}.html page: rename the council in "
            "manifest.csv (for example add 'Council')."
        )
    if council in (None, ""):
        return slugs[0]
    if council not in slugs:
        raise PipelineError(f"unknown council {council!r}: the manifest's councils are {', '.join(slugs)}.")
    return str(council)


def run_card(tables: Tables, documents: pd.DataFrame, parameters: Mapping[str, Any], seconds: float) -> RunCard:
    """The run card of a page built from ``documents`` (and the tables) with ``parameters``."""
    return RunCard(dict(parameters), tables.inputs(documents), seconds, _commit(), _versions())


_CACHE: dict[str, Any] = {}


def _commit() -> str:
    if "commit" not in _CACHE:
        _CACHE["commit"] = git_commit()
    return _CACHE["commit"]


def _versions() -> dict[str, str]:
    if "versions" not in _CACHE:
        _CACHE["versions"] = package_versions()
    return _CACHE["versions"]


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of ``frame`` as dicts for a template, missing values as ``None``."""
    return [{k: (None if is_missing(v) else v) for k, v in r.items()} for r in frame.to_dict("records")]


# ----------------------------------------------------------------------------- a council's page


@dataclass
class CouncilView:
    """One council's page as data: each section a DataFrame (what notebook 04 shows), the theme
    chart drawn on demand (:meth:`theme_chart`), and the numbers of the introduction."""

    slug: str
    council: str
    documents: pd.DataFrame
    meetings: pd.DataFrame
    themes: pd.DataFrame
    topics: pd.DataFrame
    figures: pd.DataFrame
    tracked: pd.DataFrame
    statements: pd.DataFrame
    theme_names: dict[str, str]
    intro: str
    #: one row per indicator (:func:`indicator_table`): its latest value and every meeting's, with the themes of its figures
    indicators: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: ``{indicator_id: label}`` (:attr:`Tables.indicator_labels`): the figure rows name the indicator they were recognised as
    indicator_labels: dict[str, str] = field(default_factory=dict)
    #: ``(period label, doc_id) -> PeriodShown`` (:meth:`Tables.period`): how the page shows a reporting period
    shown_period: Any = field(default=lambda label, doc_id: show_period(label), repr=False)

    def theme_chart(self):
        """Bars of the council's theme shares (a new matplotlib figure)."""
        from .charts import plot_theme_bars

        return plot_theme_bars(self.themes, self.theme_names, f"Themes discussed: {self.council}")

    def figure_groups(self) -> list[tuple[str, pd.DataFrame]]:
        """``[(theme, figures)]``: the themes in the order of the themes table (most discussed
        first), then any other theme of a figure; figures by agenda item in the Meetings table's order (by date,
        undated first), then in document order."""
        present = set(self.figures["theme"])
        order = [t for t in self.themes["theme"] if t in present]
        order += sorted(t for t in present if t not in set(order))
        return [(t, self.figures[self.figures["theme"] == t]) for t in order]


def meetings_in_order(documents: pd.DataFrame) -> pd.DataFrame:
    """``documents`` in the Meetings tables' order: by meeting date, undated first, then ``doc_id`` (one order for the
    council pages' Meetings table, their agenda items and the comparison's sentences: :func:`meeting_rank`).

    >>> docs = pd.DataFrame({"doc_id": ["b", "a", "c"], "meeting_date": ["2024-01-18", "2020-07-16", None]})
    >>> meetings_in_order(docs)["doc_id"].tolist(), meeting_rank(docs)
    (['c', 'a', 'b'], {'c': 0, 'a': 1, 'b': 2})
    """
    return (documents.assign(_date=documents["meeting_date"].fillna(""))
            .sort_values(["_date", "doc_id"], kind="mergesort").drop(columns=["_date"]))


def meeting_rank(documents: pd.DataFrame) -> dict[str, int]:
    """``{doc_id: position}`` of ``documents`` in :func:`meetings_in_order` (the rank :func:`by_meeting` sorts by)."""
    return {str(d): i for i, d in enumerate(meetings_in_order(documents)["doc_id"])}


def by_meeting(df: pd.DataFrame, rank: Mapping[str, int], within: list[str],
               first: Sequence[str] = ()) -> pd.DataFrame:
    """``df`` (rows of a council's documents) sorted by ``first``, then by its document's place among the council's
    meetings (``rank``: ``{doc_id: position}``, the Meetings table's order), then ``doc_id`` and ``within`` (positions
    in the document), so that a page lists the agenda items in the order of its Meetings table.

    >>> df = pd.DataFrame({"doc_id": ["a", "a", "b"], "raw_start": [9, 2, 5]})
    >>> by_meeting(df, {"b": 0, "a": 1}, ["raw_start"])[["doc_id", "raw_start"]].to_numpy().tolist()
    [['b', 5], ['a', 2], ['a', 9]]
    """
    order = df.assign(_meeting=[rank.get(str(d), len(rank)) for d in df["doc_id"]])
    return order.sort_values([*first, "_meeting", "doc_id", *within], kind="mergesort").drop(columns=["_meeting"])


def council_view(tables: Tables, slug: str, rules: Any = None) -> CouncilView:
    """Gather council ``slug``'s page from the tables (see :class:`CouncilView`; ``rules`` as :func:`render_council`'s,
    r45review: the side words of its indicator table, :func:`side_text`)."""
    names = tables.theme_names
    docs = tables.council("documents", slug).sort_values("doc_id", kind="mergesort").reset_index(drop=True)
    # (r43walk) the agenda items' figures and statements in the Meetings table's order (by date, undated first), not
    # by file name: Tameside's figures went 2024-01-18, 2020-07-16, 2023-01-19, 2023-06-20 under their items
    ordered = meetings_in_order(docs)
    rank = {str(d): i for i, d in enumerate(ordered["doc_id"])}
    figs = by_meeting(tables.council("council_figures", slug), rank, ["raw_start", "raw_end"])
    statements = by_meeting(tables.council("track_statements", slug), rank, ["raw_start", "phrase_start"], ["track"])
    period_of = dict(zip(tables.council("document_periods", slug)["doc_id"],
                         tables.council("document_periods", slug)["periods"]))
    period_of = {k: ("" if is_missing(v) else str(v)) for k, v in period_of.items()}

    shares = tables.council("council_theme_shares", slug)
    shares = shares[(shares["period"] == ALL_PERIODS) & (shares["words"] > 0)]
    themes = shares.sort_values(["share", "theme"], ascending=[False, True], kind="mergesort").assign(
        theme_name=lambda d: [names.get(t, t) for t in d["theme"]],
        percent=lambda d: [f"{100 * v:.1f}%" for v in d["share"]]).reset_index(drop=True)
    tshares = tables.council("council_topic_shares", slug)
    tshares = tshares[tshares["period"] == ALL_PERIODS]
    topics = (tshares.groupby(["topic_label", "theme"], sort=True)["segments"].sum().reset_index()
              .sort_values(["segments", "topic_label"], ascending=[False, True], kind="mergesort")
              .assign(theme_name=lambda d: [names.get(t, t) for t in d["theme"]]).reset_index(drop=True))

    fig_counts = figs.groupby("doc_id").size()
    shown = [tables.period(period_of.get(d, ""), d) for d in ordered["doc_id"]]
    meetings = pd.DataFrame({
        "date": [date_text(m, "not given") for m in ordered["meeting_date"]],
        "committee": [given_text(c) for c in ordered["committee"]], "title": [given_text(t) for t in ordered["title"]],
        "periods": [p.text for p in shown], "period_why": [p.why for p in shown],
        "figures": [int(fig_counts.get(d, 0)) for d in ordered["doc_id"]],
        "source_url": ordered["source_url"].to_numpy(), "file": ordered["file"].to_numpy(),
    })
    tracked = figs[figs["track"].notna()].assign(_o=lambda d: d["track"].map({OFF: 0, ON: 1}))
    tracked = by_meeting(tracked, rank, ["raw_start"], ["_o"]).drop(columns=["_o"])

    dated = sorted(d for d in docs["meeting_date"].dropna())
    intro = (
        records_text(docs["committee"])
        + (f", dated {dated[0]}" + (f" to {dated[-1]}" if dated[-1] != dated[0] else "") if dated else "")
        + (f" ({len(docs) - len(dated)} without a date)" if len(docs) > len(dated) else "")
        + f". {len(figs)} figure{'s were' if len(figs) != 1 else ' was'} found in the minutes; "
        + off_track_text(int((figs["track"] == OFF).sum()), int((statements["track"] == OFF).sum()))
    )
    indicators = indicator_table(tables.council("indicator_latest", slug), tables.council("indicator_series", slug), figs,
                                 names, tables.period, {str(d): _item(t) for d, t in zip(docs["doc_id"], docs["title"])},
                                 item_names(docs), {anchor_id(str(f)) for f in figs["figure_id"]}, period_of, rules)
    return CouncilView(slug, str(tables.names[slug]), docs, meetings, themes, topics, figs.reset_index(drop=True),
                       tracked.reset_index(drop=True), statements.reset_index(drop=True), names, intro,
                       indicators=indicators, indicator_labels=tables.indicator_labels, shown_period=tables.period)


def committee_key(name: Any) -> str:
    """(r35twins) A committee's name as the pages group it: case, "&" for "and", apostrophes, hyphens and slashes,
    other punctuation, a leading "The" and runs of spaces do not make another committee (one council's manifest
    spelt "Children & Families Scrutiny Committee" and "Children and Families Scrutiny Committee", another
    "Education, Children and ..." with and without its comma: each was counted as two committees). "" for none.

    >>> committee_key("Children & Families Scrutiny Committee") == committee_key("children and families scrutiny committee")
    True
    >>> committee_key("The Schools' Forum"), committee_key("Sub-Committee"), committee_key(None)
    ('schools forum', 'sub committee', '')
    """
    if is_missing(name):
        return ""
    s = str(name).casefold().replace("&", " and ")
    s = re.sub(r"[\'’`]", "", s)
    s = re.sub(r"[^\w\s]|_", " ", s)
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


def committee_shown(committees: pd.Series) -> pd.Series:
    """(r35twins) Each committee name of ``committees`` as the pages show its group (:func:`committee_key`): the
    spelling its records use most, the first in sorting of those tied, so that the raw name is shown, never the key.

    >>> committee_shown(pd.Series(["Children & Families", "Children and Families", "Children and Families"])).tolist()
    ['Children and Families', 'Children and Families', 'Children and Families']
    """
    names = committees.astype(str)
    keys = names.map(committee_key)
    counts = names.value_counts()
    shown = {}
    for k in sorted(set(keys)):
        spellings = sorted(set(names[keys == k]))
        shown[k] = sorted(spellings, key=lambda x: (-int(counts[x]), x))[0]
    return keys.map(shown)


def records_text(committees: pd.Series) -> str:
    """The opening of a council page: how many meeting records, of which committees (one cell of the manifest's
    ``committee`` per document). Records whose committee the manifest leaves empty are counted apart, so a page
    does not say all its records are of the one committee that a single row names.

    >>> records_text(pd.Series(["Scrutiny Panel", "Scrutiny Panel"]))
    '2 meeting records of Scrutiny Panel'
    >>> records_text(pd.Series(["Scrutiny Panel", None, None]))
    '3 meeting records: 1 of Scrutiny Panel, 2 whose committee is not given'
    >>> records_text(pd.Series([None, None])), records_text(pd.Series([None]))
    ('2 meeting records, committee not given', '1 meeting record, committee not given')

    Several committees are counted and listed apart by semicolons, since a committee's name may hold commas ("18 of
    Cabinet, Children, Young People and Families Board" read as one list):

    >>> records_text(pd.Series(["Schools Forum", "Children, Young People and Families Board", "Schools Forum", None]))
    '4 meeting records: 3 with their committee named (Children, Young People and Families Board: 1; Schools Forum: 2), 1 whose committee is not given'

    (r34reader: that said "3 of 2 committees (...)", and Slough's page "2 of 2 committees", read as two out of two; with
    some committees not given, each named committee now has its count.) (r35twins) One committee spelt two ways is one
    committee, named as most of its records spell it (:func:`committee_shown`):

    >>> records_text(pd.Series(["Children & Families Board", "Children and Families Board", "Children and Families Board"]))
    '3 meeting records of Children and Families Board'
    """
    given = committees.dropna().astype(str)
    given = given[given.str.strip() != ""]
    given = committee_shown(given) if len(given) else given  # (r35twins) one committee spelt two ways is one
    n, n_given = len(committees), len(given)
    head = f"{n} meeting record{'s' if n != 1 else ''}"
    distinct = sorted(set(given))
    names = distinct[0] if len(distinct) == 1 else f"{len(distinct)} committees ({'; '.join(distinct)})"
    if n_given == n:
        return f"{head} of {names}"
    if n_given == 0:
        return f"{head}, committee not given"
    missing = n - n_given
    if len(distinct) > 1:
        counts = given.value_counts()
        names = f"with their committee named ({'; '.join(f'{c}: {counts[c]}' for c in distinct)})"
        return f"{head}: {n_given} {names}, {missing} whose committee is not given"
    return f"{head}: {n_given} of {names}, {missing} whose committee is not given"


def off_track_text(n_figures: int, n_sentences: int) -> str:
    """What a council page's opening says was reported as not on track: figures with that status and sentences
    saying so, counted apart (a figure's sentence often is one of the sentences, so their sum counts it twice).

    >>> off_track_text(1, 3)
    '1 figure was reported as not on track and 3 sentences say something is not on track.'
    >>> off_track_text(0, 1), off_track_text(2, 0)
    ('1 sentence says something is not on track.', '2 figures were reported as not on track.')
    >>> off_track_text(0, 0)
    'nothing was reported as not on track.'
    """
    parts = []
    if n_figures:
        parts.append(f"{n_figures} figure{'s were' if n_figures != 1 else ' was'} reported as not on track")
    if n_sentences:
        parts.append(f"{n_sentences} sentence{'s say' if n_sentences != 1 else ' says'} something is not on track")
    return (" and ".join(parts) or "nothing was reported as not on track") + "."


INDICATOR_TABLE_COLUMNS = ["indicator_id", "label", "value", "unit", "meeting", "period", "meetings", "series", "themes",
                           "anchor", "learnt", "by_doc_id", "change", "period_note", "period_why", "item", "series_parts",
                           "unit_code", "side"]


def indicator_table(latest: pd.DataFrame, series: pd.DataFrame, figs: pd.DataFrame,
                    names: Mapping[str, str], shown_period: Any = None,
                    items: Mapping[str, str | None] | None = None, named: Mapping[str, str | None] | None = None,
                    anchors: Collection[str] | None = None, doc_periods: Mapping[str, Any] | None = None,
                    rules: Any = None) -> pd.DataFrame:
    """One council's figures by indicator (the compare stage's ``indicator_latest`` and ``indicator_series`` of the
    council, its ``council_figures``): per canonical indicator, its label, the latest value (unit, meeting, period;
    ``anchor`` links to its quote), how many meetings reported it, every meeting's value in date order (undated
    last), and the themes of the segments its figures stand in, most figures first - so a reader finds "children in
    care" over the meetings in one row, wherever the minutes discussed it. Sorted by label. A meeting is a date: the
    series holds one row per document (an agenda item's minutes), so two items of one meeting count once and show
    their values together (:func:`series_parts`); each undated document counts as a meeting of its own.
    ``by_doc_id`` is true when the compare stage had to order the council's documents by ``doc_id`` because one is
    undated (``ordered_by``) and more than one document reported the indicator, so "latest" means the last document,
    not the last meeting, and the page says so (:func:`ordered_by_document`). ``shown_period`` (``(label, doc_id) ->
    PeriodShown``, :meth:`Tables.period`) shows the period; ``period_note`` / ``period_why`` say where a quarter's
    year came from (:func:`show_period`). ``items`` (``{doc_id: agenda item title}``) name the item of the latest
    value under its meeting (``item``), as the figure tables do: "date not given" alone did not say which of a council's
    undated items it came from. ``named`` and ``anchors`` (:func:`series_parts`) name the item of each undated value
    over the meetings (``series``, as text; ``series_parts``, for the page to link each to its quote). ``doc_periods``
    (``{doc_id: reporting period}``) orders the undated values by their documents' periods (:func:`in_meeting_order`)."""
    shown_period = shown_period or (lambda label, doc_id: show_period(label))
    if latest.empty:
        return pd.DataFrame(columns=INDICATOR_TABLE_COLUMNS)
    themes_of: dict[str, str] = {}
    with_id = figs.dropna(subset=["indicator_id"])
    for ind, g in with_id.groupby("indicator_id", sort=True):
        counts = g["theme"].astype(str).value_counts()
        order = sorted(counts.index, key=lambda t: (-int(counts[t]), names.get(t, t)))
        themes_of[str(ind)] = ", ".join(names.get(t, t) for t in order)
    rows = []
    for r in latest.to_dict("records"):
        ind = str(r["indicator_id"])
        s = in_meeting_order(series[series["indicator_id"].astype(str) == ind], doc_periods)
        parts = mark_latest(series_parts(s, named, anchors, rules), r.get("doc_id"))
        period = shown_period(r["period"], r.get("doc_id"))
        rows.append({"indicator_id": ind, "label": r["indicator_label"], "value": value_text(r["value"], r["value_max"], r.get("bound"), r.get("surface"), r["unit"]),
                     "unit": unit_text(r["unit"], r["per"]), "unit_code": r["unit"], "side": side_text(r, rules),
                     "meeting": date_text(r["meeting_date"]),
                     "period": period.text or None, "period_note": period.note, "period_why": period.why,
                     "item": (items or {}).get(str(r.get("doc_id"))), "meetings": len(parts),
                     "series": series_text(parts), "series_parts": parts, "themes": themes_of.get(ind, ""), "anchor": anchor_id(str(r["figure_id"])),
                     "learnt": r["id_source"] == "learnt",
                     "by_doc_id": ordered_by_document(r.get("ordered_by"), len(s)), "change": is_change(r.get("is_change"))})
    out = pd.DataFrame(rows, columns=INDICATOR_TABLE_COLUMNS)
    return out.sort_values(["label", "indicator_id"], kind="mergesort").reset_index(drop=True)


def in_meeting_order(series: pd.DataFrame, doc_periods: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """``series`` (``indicator_series`` rows) in the order :func:`series_parts` lists them: by meeting date, undated
    rows last, then by ``doc_id``. The compare stage writes the table sorted by its schema key (council, indicator,
    ``doc_id``), so a council whose file names do not follow its meeting dates would otherwise be listed out of date
    order (r43walk: Tameside's "2024-01-18; 2023-01-19; 2023-06-20"). With ``doc_periods`` (``{doc_id: "2022/23"}``,
    the ``document_periods`` table) the undated rows are ordered as the compare stage places them to choose the
    latest (:func:`analysis.compare.latest_values`): a document naming no period first, then by the end of its
    reporting period (Wiltshire's undated 2022/23 monitoring no longer stands before its 2018/19 one).

    >>> s = pd.DataFrame({"doc_id": ["a", "b", "c", "d", "e"],
    ...                   "meeting_date": ["2024-01-18", None, "2023-01-19", "2023-06-20", None]})
    >>> list(in_meeting_order(s)["doc_id"]), list(in_meeting_order(s, {"b": "2024/25", "e": "Q1 2019/20"})["doc_id"])
    (['c', 'd', 'a', 'b', 'e'], ['c', 'd', 'a', 'e', 'b'])
    """
    if series.empty:
        return series
    undated = series["meeting_date"].isna().to_numpy()
    when = [("" if u or is_missing(d) else str(d)) for u, d in zip(undated, series["meeting_date"])]
    if doc_periods is not None:
        when = [(period_end(doc_periods.get(str(doc))) or "") if u else w
                for u, w, doc in zip(undated, when, series["doc_id"])]
    return series.assign(_undated=undated, _when=when).sort_values(
        ["_undated", "_when", "doc_id"], kind="mergesort").drop(columns=["_undated", "_when"])


def mark_latest(parts: list[dict[str, Any]], latest_doc: Any) -> list[dict[str, Any]]:
    """Mark (``latest``) the part of :func:`series_parts` holding the latest value's document when it is not the last
    part: the series lists undated values after the dated ones (by their documents' reporting periods where the page
    passes them, :func:`in_meeting_order`, else by doc_id), while the compare stage places an
    undated document at the end of its reporting period to choose the latest (:func:`analysis.compare.latest_values`),
    so the value shown as latest could stand anywhere in the list (r33review: Tameside's dev page showed 5,876,000 as
    latest while its list ended with 1,018,000). The last part needs no mark.

    >>> parts = [{"docs": ["a"]}, {"docs": ["b"]}, {"docs": ["c"]}]
    >>> [p.get("latest", False) for p in mark_latest(parts, "b")], [p.get("latest", False) for p in mark_latest(parts, "c")]
    ([False, True, False], [False, False, False])
    """
    out = [{**p, "latest": False} for p in parts]
    held = [i for i, p in enumerate(out) if str(latest_doc) in p.get("docs", ())]
    if held and held[-1] != len(out) - 1:
        out[held[-1]]["latest"] = True
    return out


def ordered_by_document(ordered_by: Any, n_documents: int) -> bool:
    """Whether a latest value must be read as "the last document, not the last meeting": the compare stage ordered
    the council's documents of the indicator by ``doc_id`` (``ordered_by``: one of them has no meeting date) and
    there was more than one to order. A value that one document alone reported is that document's value whatever
    the order, so the pages do not say it was ordered by doc_id (its "date not given" already says it is undated).

    >>> ordered_by_document("doc_id (meeting date missing)", 2), ordered_by_document("doc_id (meeting date missing)", 1)
    (True, False)
    >>> ordered_by_document("meeting date", 3), ordered_by_document(None, 2)
    (False, False)
    """
    return n_documents > 1 and str(ordered_by or "").startswith("doc_id")


def documents_per_indicator(series: pd.DataFrame) -> dict[tuple[str, str], int]:
    """``{(council_slug, indicator_id): documents}``: how many documents (agenda items' minutes) of the council
    reported the indicator, from the compare stage's ``indicator_series`` (one row per document).

    >>> s = pd.DataFrame({"council_slug": ["a", "a", "b"], "indicator_id": ["x", "x", "x"]})
    >>> documents_per_indicator(s)
    {('a', 'x'): 2, ('b', 'x'): 1}
    """
    if series.empty:
        return {}
    n = series.groupby([series["council_slug"].astype(str), series["indicator_id"].astype(str)], sort=True).size()
    return {(str(c), str(i)): int(k) for (c, i), k in n.items()}


def series_parts(series: pd.DataFrame, named: Mapping[str, str | None] | None = None,
                 anchors: Collection[str] | None = None, rules: Any = None) -> list[dict[str, Any]]:
    """One indicator's values over the meetings (rows of one dated meeting joined), each meeting a dict: ``when`` (its date,
    or "undated"), ``values``, and for an undated one the agenda item it came from (r33tidy: "undated: 2" named no
    item, and a council of several undated items left the reader to guess which): ``item``, how the page names the
    document (``named``: ``{doc_id: name}``, its title else its file) and ``anchor``, the id of the value's quote
    where the page has it (``anchors``: the ids of the page's quotes, :func:`anchor_id`); ``docs``, the documents of
    its values (for :func:`indicator_table` to mark the latest).

    >>> s = pd.DataFrame({"meeting_date": ["2024-06-01", None], "value": [2.0, 7.0], "value_max": [None, None],
    ...                   "doc_id": ["d1", "d2"], "figure_id": ["d1:1-2", "d2:5-6"]})
    >>> [(p["when"], p["item"], p["anchor"]) for p in series_parts(s, {"d2": "Budget <Q2>"}, {"fig-d2-5-6"})]
    [('2024-06-01', None, None), ('undated', 'Budget <Q2>', 'fig-d2-5-6')]
    >>> series_parts(s)[1]
    {'when': 'undated', 'values': ['7'], 'item': None, 'anchor': None, 'docs': ['d2']}

    Rows of one dated meeting (several agenda items' minutes) join under that date; an undated row stands alone:

    >>> s = pd.DataFrame({"meeting_date": ["2024-06-01", "2024-06-01", None], "value": [2.0, 5.0, 7.0],
    ...                   "value_max": [None, None, None]})
    >>> [(p["when"], p["values"]) for p in series_parts(s)]
    [('2024-06-01', ['2', '5']), ('undated', ['7'])]
    """
    out: list[dict[str, Any]] = []
    last: object = None
    for x in series.to_dict("records"):
        value = money_text(value_text(x["value"], x["value_max"], x.get("bound"), x.get("surface"), x.get("unit")), x.get("unit"))  # (r35twins) "£300", as the cell
        value = sided(value, side_text(x, rules))  # (r45side) "overspend £17m"
        dated = not is_missing(x["meeting_date"])
        if dated and out and last == x["meeting_date"]:
            out[-1]["values"].append(value)
            out[-1]["docs"].append(str(x.get("doc_id")))
        else:
            item = anchor = None
            if not dated and named:
                item = named.get(str(x.get("doc_id")))
                fig = anchor_id(str(x.get("figure_id")))
                anchor = fig if item and anchors is not None and fig in anchors else None
            out.append({"when": date_text(x["meeting_date"], "undated"), "values": [value], "item": item,
                        "anchor": anchor, "docs": [str(x.get("doc_id"))]})
        last = x["meeting_date"] if dated else None
    return out


def series_text(parts: list[dict[str, Any]]) -> str:
    """:func:`series_parts` as one line of text: "2024-01-10: 4; undated (Budget report): 2".

    >>> series_text([{"when": "2024-01-10", "values": ["4"], "item": None}, {"when": "undated", "values": ["2", "3"], "item": "Budget"}])
    '2024-01-10: 4; undated (Budget): 2, 3'
    """
    out = []
    for p in parts:
        when = f"{p['when']} ({p['item']})" if p.get("item") else p["when"]
        out.append(f"{when}: {', '.join(p['values'])}" + (" (latest)" if p.get("latest") else ""))
    return "; ".join(out)


#: How a page names each kind of comparison point of the figures table's ``reference`` column.
REFERENCE_LABELS = {"national": "national figure", "regional": "regional figure", "neighbours": "statistical neighbours",
                    "target": "target or plan", "previous": "earlier value", "normal": "'normal' level",
                    "comparison": "comparison point", "other_council": "another council's value",
                    "part_of_area": "part of the area"}


def reference_label(kind: Any) -> str | None:
    """The words a page marks a comparison point with ("national figure", "earlier value"), ``None`` for a council's
    own value (a missing ``reference``).

    >>> reference_label("previous"), reference_label(None), reference_label("neighbours")
    ('earlier value', None, 'statistical neighbours')
    >>> reference_label("other_council")
    "another council's value"
    """
    if kind is None or is_missing(kind):
        return None
    return REFERENCE_LABELS.get(str(kind), str(kind))


def part_label(r: Mapping[str, Any]) -> str | None:
    """(r42area) The label of a figure row of ``reference`` part_of_area with the part of the area it is about ("part of
    the area: North locality"): (r43report) the row's ``part``, the words the figures stage read
    (:func:`analysis.figures.area.part_named`, with the places its document names elsewhere); else the row's
    :func:`reference_label` (a table of round 42, before the column, names no place: its ``part`` is null).

    >>> part_label({"reference": "part_of_area", "part": "North locality"})
    'part of the area: North locality'
    >>> part_label({"reference": "part_of_area", "part": None}), part_label({"reference": "national", "part": None})
    ('part of the area', 'national figure')
    """
    label = reference_label(r.get("reference"))
    place = r.get("part")
    return f"{label}: {place}" if r.get("reference") == "part_of_area" and not is_missing(place) and place else label


# (r34reader) A money unit in a heading or a chart's title is its symbol (``unitnames.UNIT_SYMBOLS``, beside the
# units' names since r34review2): the comparison's chart of a budget read "Budget variance (pounds (£)) over time".


def unit_heading(unit: Any) -> str:
    """A unit as a heading or a chart's title names it, in brackets after the indicator: a currency by its symbol,
    any other unit by its name (:func:`unit_text`).

    >>> unit_heading("gbp"), unit_heading("count"), unit_heading("percentage_points"), unit_heading(None)
    ('£', 'count', 'percentage points', '')
    """
    u = "" if is_missing(unit) else str(unit)
    return UNIT_SYMBOLS.get(u.lower(), unit_text(u))


def money_cell(value: str, unit: str, code: Any = None) -> tuple[str, str]:
    """A value and its unit as a latest-value cell shows them (:func:`value_text`, :func:`unit_text`): a sum of money
    with its currency's symbol before it and the rest of the unit after it, as the minutes write it ("£2,500,000",
    "£1,500 per week"); any other value and unit as they are (r34reader: the cells read "2,500,000 pounds (£)").
    (r35twins) ``code``: the unit's code (the tables' ``unit``), which says whether it is money; without it the unit's
    name says so (:func:`.unitnames.unit_code`). The symbol goes where :func:`.unitnames.money_text` puts it, for the
    charts' labels too.

    >>> money_cell("2,500,000", "pounds (£)"), money_cell("1,500", "pounds (£) per week")
    (('£2,500,000', ''), ('£1,500', 'per week'))
    >>> money_cell("6,500–7,000", "pounds (£) per child"), money_cell("-300", "pounds (£)")
    (('£6,500–£7,000', 'per child'), ('-£300', ''))
    >>> money_cell("41", "percent"), money_cell("3", "pounds of paper")
    (('41', 'percent'), ('3', 'pounds of paper'))
    """
    code = unit_code(unit) if is_missing(code) else str(code).lower()
    name = UNIT_NAMES.get(code or "")
    if code not in UNIT_SYMBOLS or name is None or not (unit == name or unit.startswith(name + " ")):
        return value, unit
    return money_text(value, code), unit[len(name):].strip()


def side_text(r: Mapping[str, Any], rules: Any = None) -> str | None:
    """(r45side) The words a page writes before a budget variance's value (a row of the figures or compare tables with
    ``side``, ``sentence``, ``surface`` and ``occurrence``): the minutes' word for its side ("overspend", "surplus",
    "deficit"), else the side's name (:func:`.figures.side.side_word_at`, with the figure rules' side words); None for a
    figure with no side (every figure but money of a variance, and a variance the words give no side), and for a table
    of an older run without the column. ``rules``: the figure rules the run was given, a rules object or file
    (r45review: ``report all --rules FILE``, whose side words the figures stage read), else the shipped file or
    ``$CM_FIGURE_RULES``. (r46tidy) The value is placed in its sentence as its quote marks it (:func:`quote_parts`: the
    ``occurrence``-th ``surface`` not inside a longer amount), so of two equal amounts each gets its own word, and
    "£1,000" is not looked for inside "£1,000,000".

    >>> side_text({"side": "favourable", "sentence": "a surplus of £0.737m", "surface": "£0.737m", "occurrence": 0})
    'surplus'
    >>> s = "an underspend of £1,000 last year and an overspend of £1,000 now"
    >>> side_text({"side": "adverse", "sentence": s, "surface": "£1,000", "occurrence": 1})
    'overspend'
    >>> s = "an underspend of £1,000,000 on A and an overspend of £1,000 on B"
    >>> side_text({"side": "adverse", "sentence": s, "surface": "£1,000", "occurrence": 0})
    'overspend'
    >>> side_text({"side": None, "sentence": "a net variance of £334k", "surface": "£334k"}), side_text({"value": 1.0})
    (None, None)
    """
    side = r.get("side")
    if is_missing(side):
        return None
    occurrence = r.get("occurrence")
    q = quote_parts(r.get("sentence"), r.get("surface"), 0 if is_missing(occurrence) else int(occurrence))
    if not q.found:
        return str(side)  # (the value cannot be placed: the side's name, as side_word_at gives an unread side)
    start = len(q.before)
    return side_word_at(q.before + q.mark + q.after, start, start + len(q.mark), str(side), _track_rules(rules).sides)


def sided(value: str, side: str | None) -> str:
    """(r45side) A value's text with its side's word before it ("overspend £17m"); the value alone without one.

    >>> sided("£17m", "overspend"), sided("£3", None)
    ('overspend £17m', '£3')
    """
    return f"{side} {value}" if side else value


def direction_text(direction: Any) -> str:
    """A figure's direction for a table cell: blank where the minutes give none (the figures table's ``"none"``), so
    that a column of "none" does not read as data.

    >>> direction_text("up"), direction_text("none"), direction_text(None)
    ('up', '', '')
    """
    return "" if is_missing(direction) or str(direction) == "none" else str(direction)


def item_names(docs: pd.DataFrame) -> dict[str, str]:
    """How a council page names each of its documents in the indicators' "Values over the meetings" (r33tidy,
    :func:`series_parts`): ``{doc_id: name}``, the manifest's title, else the document's file, else its doc_id.
    (r33review) A title that several of the council's documents share is followed by the file ("DSG High Needs
    Spending and Deficit Recovery Plan (tameside_2.txt)"): two undated values of one indicator named alike left the
    reader to guess which item each came from (Tameside's dev page).

    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "title": ["Budget", "Budget", None, "Plan"],
    ...                      "file": ["a.txt", "b.txt", "c.txt", "d.txt"]})
    >>> item_names(docs)
    {'a': 'Budget (a.txt)', 'b': 'Budget (b.txt)', 'c': 'c.txt', 'd': 'Plan'}
    """
    titles = [_item(t) for t in docs["title"]]
    shared = {t for t in titles if t is not None and titles.count(t) > 1}
    out = {}
    for d, t, f in zip(docs["doc_id"], titles, docs["file"]):
        file = given_text(f, str(d))
        out[str(d)] = (f"{t} ({file})" if t in shared else t) if t is not None else file
    return out


def _item(title: Any) -> str | None:
    """The agenda item under a meeting cell: the manifest's title, ``None`` where it gives none."""
    return None if is_missing(title) or not str(title).strip() else str(title)


def recognised_as(indicator_id: Any, phrase: Any, labels: Mapping[str, str] | None) -> str | None:
    """The canonical indicator a figure row names under its phrase ("recognised as: EHCPs maintained"), so that a
    reader can tell which figures of the list stand behind a row of the indicator tables (r31reader: "6 of the 13
    figures were recognised" said the page, and no row said which). ``None`` for a figure of no indicator, and where
    the label only repeats the phrase. An id the compare stage did not label is named by its words.

    >>> recognised_as("ehcp_count", "new EHCP's issued last year", {"ehcp_count": "EHCPs maintained"})
    'EHCPs maintained'
    >>> recognised_as("children_in_care", "Children in care", {"children_in_care": "Children in care"})
    >>> recognised_as(None, "staff members", {}), recognised_as("re_referrals", "rate", {})
    (None, 're referrals')
    """
    if is_missing(indicator_id):
        return None
    label = (labels or {}).get(str(indicator_id)) or str(indicator_id).replace("_", " ")
    if not is_missing(phrase) and str(phrase).strip().casefold() == label.strip().casefold():
        return None
    return label


def figure_rows(figs: pd.DataFrame, names: Mapping[str, str],
                labels: Mapping[str, str] | None = None, shown_period: Any = None,
                rules: Any = None) -> list[dict[str, Any]]:
    """The cells of a figures table (text; the template escapes and marks up). ``labels`` (``{indicator_id:
    label}``) name the canonical indicator of a figure under its phrase (:func:`recognised_as`); ``shown_period``
    (``(label, doc_id) -> PeriodShown``, :meth:`Tables.period`) shows its period (:func:`show_period`)."""
    shown_period = shown_period or (lambda label, doc_id: show_period(label))
    rows = []
    last = None
    for r in figs.to_dict("records"):
        period = shown_period(r.get("period"), r.get("doc_id"))
        # (r32reader) a sentence the row above quoted whole is quoted again around its figure only ("repeat")
        same = (str(r.get("doc_id")), str(r["sentence"]))
        quote = quote_parts(r["sentence"], r["surface"], int(r["occurrence"] or 0))
        repeat = same == last and quote.found
        last = same
        indicator = r["indicator"] if not is_missing(r["indicator"]) else (
            r["indicator_id"] if not is_missing(r["indicator_id"]) else "(no indicator)")
        rows.append({
            "anchor": anchor_id(str(r["figure_id"])), "doc_id": str(r["doc_id"]), "indicator": indicator,
            "indicator_label": recognised_as(r["indicator_id"], indicator, labels),
            "learnt": r.get("id_source") == "learnt",
            "value": value_text(r["value"], r["value_max"], r.get("bound"), r.get("surface"), r["unit"]), "unit": unit_text(r["unit"], r["per"]),
            "side": side_text(r, rules),
            "direction": direction_text(r["direction"]), "track": None if is_missing(r["track"]) else r["track"],
            "status": None if is_missing(r["status"]) else r["status"],
            "quote": short_quote(quote) if repeat else quote, "repeat": repeat,
            "reference": part_label(r), "change": is_change(r.get("is_change")),
            "period": period.text or None, "period_note": period.note, "period_why": period.why,
            "meeting": date_text(r["meeting_date"]), "item": _item(r.get("title")), "theme_name": names.get(r["theme"], r["theme"]),
            "source_url": r["source_url"], "file": r["file"], "raw_start": int(r["raw_start"]), "raw_end": int(r["raw_end"]),
        })
    return rows


def statement_rows(statements: pd.DataFrame, docs: pd.DataFrame, names: Mapping[str, str]) -> list[dict[str, Any]]:
    """The cells of the on/off-track sentences table, the sentence split around its phrase."""
    d = docs.set_index("doc_id")
    rows = []
    for r in statements.to_dict("records"):
        s, a, b = str(r["sentence"]), int(r["phrase_start"]), int(r["phrase_end"])
        rows.append({"doc_id": str(r["doc_id"]), "track": r["track"], "theme_name": names.get(r["theme"], r["theme"]), "before": s[:a],
                     "phrase": s[a:b], "after": s[b:], "meeting": date_text(d.at[r["doc_id"], "meeting_date"]),
                     "item": _item(d.at[r["doc_id"], "title"]),
                     "source_url": d.at[r["doc_id"], "source_url"], "file": d.at[r["doc_id"], "file"],
                     "raw_start": int(r["raw_start"]), "raw_end": int(r["raw_end"])})
    return rows


def topic_rows(topics: pd.DataFrame) -> list[dict[str, Any]]:
    """The council page's topics table: one row per topic, with the themes of its segments (each with its count when
    there are several) and its segments in all. :attr:`CouncilView.topics` has a row per topic and theme, so a topic
    whose segments fall under two themes stood twice with the same name (r31reader: Halton's "agency / vacancies /
    staff" under Fostering and again under Workforce), which read as a duplicate. Most segments first, then by name;
    a topic's themes most segments first.

    >>> t = pd.DataFrame({"topic_label": ["a / b", "c / d", "a / b"], "theme_name": ["Fostering", "SEND", "Workforce"],
    ...                   "segments": [1, 3, 1]})
    >>> [(r["topic_label"], [(x["name"], x["segments"]) for x in r["themes"]], r["segments"]) for r in topic_rows(t)]
    [('c / d', [('SEND', 3)], 3), ('a / b', [('Fostering', 1), ('Workforce', 1)], 2)]
    """
    rows = []
    for label, g in topics.groupby("topic_label", sort=True):
        g = g.sort_values(["segments", "theme_name"], ascending=[False, True], kind="mergesort")
        rows.append({"topic_label": str(label), "segments": int(g["segments"].sum()),
                     "themes": [{"name": str(n), "segments": int(k)} for n, k in zip(g["theme_name"], g["segments"])]})
    return sorted(rows, key=lambda r: (-r["segments"], r["topic_label"]))


def render_council(view: CouncilView, card: RunCard, rules: Any = None) -> str:
    """The HTML of a council's page (``rules``: the figure rules the run was given, for the note of what "on track"
    means, :func:`track_examples`; default the shipped file or ``$CM_FIGURE_RULES``)."""
    labels = view.indicator_labels
    groups = [{"anchor": theme_anchor(t), "name": view.theme_names.get(t, t), "rows": figure_rows(g, view.theme_names, labels, view.shown_period, rules)}
              for t, g in view.figure_groups()]
    return render(
        "council.html", title=f"{view.council}: committee minutes report", council=view.council, intro=view.intro,
        meetings=records(view.meetings), themes=records(view.themes), topics=topic_rows(view.topics),
        theme_chart=chart(view.theme_chart(), f"Bar chart of the share of {view.council}'s minutes per theme"),
        n_figures=len(view.figures), n_with_indicator=int(view.figures["indicator_id"].notna().sum()),
        figure_groups=groups, tracked=figure_rows(view.tracked, view.theme_names, labels, view.shown_period, rules),
        indicators=records(view.indicators),
        statements=statement_rows(view.statements, view.documents, view.theme_names),
        sides=any(r["side"] for g in groups for r in g["rows"]),  # (r45side) the note on a variance's side word
        track=track_examples(rules), card=card)


def council_parameters(slug: str, raw_dir: Any, processed_dir: Any, reports_dir: Any) -> dict[str, str]:
    """The run card's parameters of a council page (the same from notebook 04 and :func:`render_all`)."""
    return {"council": slug, "raw_dir": str(raw_dir), "processed_dir": str(processed_dir), "reports_dir": str(reports_dir)}


def write_council(tables: Tables, slug: str, raw_dir: Any, processed_dir: Any, reports_dir: Any,
                  started: float | None = None, view: CouncilView | None = None, rules: Any = None) -> Path:
    """Render council ``slug``'s page and write it to ``<reports_dir>/<slug>.html`` (atomically).
    ``started`` (a ``time.perf_counter()`` value) is when the run card's time starts; ``rules`` as
    :func:`render_council`'s."""
    t0 = time.perf_counter() if started is None else started
    view = council_view(tables, slug, rules) if view is None else view
    card = run_card(tables, view.documents, council_parameters(slug, raw_dir, processed_dir, reports_dir),
                    time.perf_counter() - t0)
    return write_page(Path(reports_dir) / f"{slug}.html", render_council(view, card, rules))


# ----------------------------------------------------------------------------- the comparison


@dataclass
class ComparisonView:
    """The comparison page as data (what notebook 05 shows); charts drawn on demand."""

    names: pd.Series
    documents: pd.DataFrame
    figures: pd.DataFrame
    theme_matrix: pd.DataFrame
    theme_names: dict[str, str]
    latest: pd.DataFrame
    series: pd.DataFrame
    shared: list[tuple[str, str]]
    dated: pd.DataFrame
    undated: pd.DataFrame
    offtrack: pd.DataFrame
    distinctive_themes: pd.DataFrame
    distinctive_topics: pd.DataFrame
    #: every sentence of the minutes saying something is (not) on track (the compare stage's ``track_statements``)
    statements: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: ``(period label, doc_id) -> PeriodShown`` (:meth:`Tables.period`): how the page shows a reporting period
    shown_period: Any = field(default=lambda label, doc_id: show_period(label), repr=False)
    #: (r46tidy) whether the run read the variances' sides: false when ``indicator_series`` is an older run's, without
    #: the ``side`` column (:attr:`Tables.filled`), so a variance left out of its chart has no side read, not none given
    sides_read: bool = True

    @property
    def slugs(self) -> list[str]:
        return list(self.names.index)

    def heatmap(self):
        from .charts import plot_heatmap

        m = self.theme_matrix
        return plot_heatmap(m, [self.names[s] for s in m.index], [self.theme_names.get(t, t) for t in m.columns],
                            "Share of discussion per theme (%)")

    def label(self, indicator_id: str) -> str:
        rows = self.latest[self.latest["indicator_id"] == indicator_id]
        return str(rows["indicator_label"].iloc[0]) if len(rows) else indicator_id

    def indicator_rows(self, indicator_id: str, unit: str) -> pd.DataFrame:
        s = self.series
        return s[(s["indicator_id"] == indicator_id) & (s["unit"] == unit)]

    def indicator_chart(self, indicator_id: str, unit: str, rows: pd.DataFrame | None = None):
        """One line per council: the indicator's value at each dated meeting (``rows``: the rows to draw, default
        :meth:`indicator_rows`; r45side: a variance's in the budget-monitoring sign, :func:`signed_variances`, whose
        axis says so)."""
        from .charts import plot_indicator_series

        axis = unit_text(unit) + (f", {SIGN_AXIS}" if takes_side(indicator_id, unit) else "")
        return plot_indicator_series(self.indicator_rows(indicator_id, unit) if rows is None else rows,
                                     f"{self.label(indicator_id)} ({unit_heading(unit)}) over time", axis, dict(self.names))

    def timeline_chart(self):
        from .charts import plot_timeline

        return plot_timeline(self.dated, dict(self.names))


#: (r45side) the axis label's note of a chart of variances in the budget-monitoring sign
SIGN_AXIS = "+ adverse, − favourable"
#: (r46tidy) why a variance is not charted when the tables are of a run before sides were read (no ``side`` column,
#: :attr:`ComparisonView.sides_read`): not that the minutes give none
UNREAD_SIDES = ("no side was read: these tables are of a run made before the figures stage read a variance's side; "
                "rerun the figures stage (make all)")


def signed_variances(rows: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(r45side) Rows of a budget variance or a high needs deficit (``indicator_series`` rows, with ``side``) as a chart
    compares them across councils, in the budget-monitoring sign: ``value`` (and ``value_max``) positive for an adverse
    side, negative for a favourable one (:func:`.figures.side.signed_variance`; the amount as written, "-£21.2m" of a
    deficit, is +21.2m); and the rows left out, whose minutes give no side (a value as written would read as an
    overspend). A table of an older run without ``side`` leaves every row out.

    >>> r = pd.DataFrame({"value": [17.0, 0.737, 3.0], "value_max": [None, None, None],
    ...                   "side": ["adverse", "favourable", None]})
    >>> drawn, left = signed_variances(r)
    >>> drawn["value"].tolist(), len(left)
    ([17.0, -0.737], 1)
    """
    sides = rows["side"] if "side" in rows.columns else pd.Series(pd.NA, index=rows.index, dtype="string")
    has = sides.notna().to_numpy()
    drawn = rows[has]
    signed = [signed_variance(float(v), s) for v, s in zip(drawn["value"], sides[has])]
    signed_max = [None if is_missing(m) else signed_variance(float(m), s) for m, s in zip(drawn["value_max"], sides[has])]
    drawn = drawn.assign(value=pd.array(signed, dtype="float64"), value_max=pd.array(signed_max, dtype="Float64").astype("float64"))
    return drawn, rows[~has]


def comparison_view(tables: Tables) -> ComparisonView:
    """Gather the comparison page from the tables (see :class:`ComparisonView`)."""
    from . import compare

    shares = tables.council_theme_shares
    shares = shares[shares["period"] == ALL_PERIODS]
    latest = tables.indicator_latest.sort_values(["indicator_id", "council_slug"], kind="mergesort").reset_index(drop=True)
    dated, undated = compare.timeline(tables.documents)
    dt = tables.distinctive_themes.sort_values(["council_slug", "share", "theme"], ascending=[True, False, True], kind="mergesort")
    dp = tables.distinctive_topics.sort_values(["council_slug", "segments", "topic"], ascending=[True, False, True], kind="mergesort")
    return ComparisonView(tables.names, tables.documents, tables.council_figures, compare.share_matrix(shares),
                          tables.theme_names, latest, tables.indicator_series, compare.shared_indicators(latest),
                          dated, undated, compare.off_track_counts(tables.council_figures, tables.track_statements,
                                                                   tables.documents), dt, dp, tables.track_statements,
                          shown_period=tables.period,
                          sides_read="side" not in tables.filled.get("indicator_series", ()))


def value_counts(figures: pd.DataFrame, series: pd.DataFrame) -> dict[tuple[str, str], tuple[int, int]]:
    """``{(council_slug, indicator_id): (own, comparison points)}``: of the figures the compare stage's ``n_values``
    counts for a council's indicator (every figure of it in the documents its series holds), how many are the
    council's own values and how many comparison points the minutes quote (a national or regional figure, a target,
    an earlier value: :func:`analysis.compare.is_comparison_point`), so that the comparison page does not give
    "5 values" for a council that reported 2 beside 3 national and regional ones.

    >>> f = pd.DataFrame({"council_slug": ["s"] * 3, "indicator_id": ["neet"] * 3, "doc_id": ["d"] * 3,
    ...                   "reference": [None, "national", "regional"]})
    >>> value_counts(f, f.iloc[[0]])
    {('s', 'neet'): (1, 2)}
    """
    from . import compare

    key = ["council_slug", "indicator_id", "doc_id"]
    if figures.empty or series.empty:
        return {}
    f = figures.dropna(subset=["indicator_id"])
    f = f.merge(series[key].drop_duplicates(), on=key, how="inner")
    ref = pd.Series(compare.is_comparison_point(f), index=f.index, dtype=bool)
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for (slug, ind), r in ref.groupby([f["council_slug"], f["indicator_id"]], sort=True):
        out[(str(slug), str(ind))] = (int((~r).sum()), int(r.sum()))
    return out


def count_text(n_values: int, counts: tuple[int, int] | None) -> str:
    """The count under a council's latest value on the comparison page: its own values, and the comparison points
    beside them where the minutes quoted any (``counts`` from :func:`value_counts`; without it, ``n_values``).

    >>> count_text(5, (2, 3)), count_text(1, (1, 0)), count_text(2, None), count_text(2, (1, 1))
    ('2 values, 3 comparison points', '1 value', '2 values', '1 value, 1 comparison point')
    """
    own, refs = (n_values, 0) if counts is None else counts
    return f"{own} value{'s' if own != 1 else ''}" + (
        f", {refs} comparison point{'s' if refs != 1 else ''}" if refs else "")


def theme_table(matrix: pd.DataFrame, names: Mapping[str, str], theme_names: Mapping[str, str]) -> dict[str, Any]:
    """The comparison's table of theme shares (percent, one decimal), laid out as its heatmap is: a row per theme and a
    column per council while there are fewer councils than themes, else a row per council and a column per theme -
    so that 50 councils make 50 rows, not a table 50 columns wide running off the page. ``matrix``:
    :func:`analysis.compare.share_matrix` (councils x themes, shares 0-1). Returns ``corner`` (the first header),
    ``columns`` (``{"name", "slug"}``; ``slug`` set for a council, which the template links), ``rows`` (``{"name",
    "slug", "percents"}``).

    >>> m = pd.DataFrame({"send": [0.5, 0.25], "care": [0.25, 0.75], "other": [0.25, 0.0]}, index=["a", "b"])
    >>> t = theme_table(m, {"a": "A", "b": "B"}, {"send": "SEND"})
    >>> t["corner"], [c["name"] for c in t["columns"]], [(r["name"], r["percents"]) for r in t["rows"]]
    ('Theme', ['A', 'B'], [('SEND', ['50.0', '25.0']), ('care', ['25.0', '75.0']), ('other', ['25.0', '0.0'])])
    >>> t = theme_table(m.iloc[:, :2], {"a": "A", "b": "B"}, {"send": "SEND"})
    >>> t["corner"], [c["name"] for c in t["columns"]], [(r["name"], r["slug"], r["percents"]) for r in t["rows"]]
    ('Council', ['SEND', 'care'], [('A', 'a', ['50.0', '25.0']), ('B', 'b', ['25.0', '75.0'])])

    (r33reader) Every percent has its one decimal ("12.0", not "12" beside "12.1", so a column's figures line up),
    and a row per council repeats the column heads every :data:`HEAD_EVERY` rows (``head`` true on the row that
    a copy of them precedes): on 44 councils the theme names stood only above the first of 44 rows.
    """
    pct = lambda c, t: f"{round(100 * float(matrix.at[c, t]), 1):.1f}"  # noqa: E731
    councils, themes = [str(c) for c in matrix.index], list(matrix.columns)
    if len(councils) < len(themes):
        return {"corner": "Theme", "columns": [{"name": names[c], "slug": c} for c in councils],
                "rows": [{"name": theme_names.get(t, t), "slug": None, "percents": [pct(c, t) for c in councils], "head": False}
                         for t in themes]}
    return {"corner": "Council", "columns": [{"name": theme_names.get(t, t), "slug": None} for t in themes],
            "rows": [{"name": names[c], "slug": c, "percents": [pct(c, t) for t in themes],
                      "head": i > 0 and i % HEAD_EVERY == 0} for i, c in enumerate(councils)]}


HEAD_EVERY = 15  # rows between the repeated column heads of a long table (r33reader)
#: council columns the comparison's latest-value table shows within the page's width (each at least 9em beside the
#: indicator column, on a 1120-px page); with more it scrolls sideways, which its note says (r33reader: on the dev
#: split 23 council columns stood in a scroller whose bar was 2,000 px below its head, 16 of them out of sight)
MATRIX_FITS = 6


def indicator_coverage(latest: pd.DataFrame, names: Mapping[str, str], shown_period: Any = None) -> list[dict[str, Any]]:
    """Which councils report which indicator, and for what period: per indicator of ``latest`` (the compare stage's
    ``indicator_latest``), its label, the councils with a latest value (by name, each with the reporting period and
    meeting of that value) and notes when the values beside each other are of different units or periods - so that a
    reader does not compare a 2019/20 budget variance with a 2025/26 one, or a count with a percentage, unawares.

    >>> l = pd.DataFrame({"indicator_id": ["x", "x", "y"], "indicator_label": ["X", "X", "Y"],
    ...                   "council_slug": ["b", "a", "a"], "unit": ["gbp", "gbp", "count"], "per": [None, None, None],
    ...                   "period": ["2019/20", "2025/26", None], "meeting_date": [None, "2025-06-04", None]})
    >>> c = indicator_coverage(l, {"a": "A", "b": "B"})
    >>> [(r["label"], r["n"], [(x["name"], x["period"]) for x in r["councils"]], r["notes"]) for r in c]
    [('X', 2, [('A', '2025/26'), ('B', '2019/20')], ['periods differ: 2019/20 to 2025/26']), ('Y', 1, [('A', None)], [])]
    >>> l2 = l.assign(period=["Q1", "2025/26", None], unit=["gbp", "percent", "count"])
    >>> indicator_coverage(l2, {"a": "A", "b": "B"})[0]["notes"]
    ['units differ: percent, pounds (£)', 'periods differ: 2025/26 (and Q1 with no year)']

    ``shown_period`` (``(label, doc_id) -> PeriodShown``, :meth:`Tables.period`) shows each period: a quarter named
    without its year is given the year :func:`show_period` infers (marked "year inferred"), and is compared with it.
    """
    shown_period = shown_period or (lambda label, doc_id: show_period(label))
    out = []
    if latest.empty:
        return out
    for ind, g in latest.groupby(latest["indicator_id"].astype(str), sort=True):
        g = g.assign(_name=[str(names[s]) for s in g["council_slug"]]).sort_values(["_name", "council_slug"], kind="mergesort")
        shown = [shown_period(p, d) for p, d in zip(g["period"], g["doc_id"] if "doc_id" in g else [None] * len(g))]
        g = g.assign(period=[x.text or None for x in shown])
        units = list(dict.fromkeys(unit_text(u, p) for u, p in zip(g["unit"], g["per"])))
        periods = sorted({str(p) for p in g["period"] if not is_missing(p)}, key=_period_key)
        notes = []
        if len(units) > 1:
            notes.append("units differ: " + ", ".join(units))
        if len(periods) > 1:
            dated = [p for p in periods if _period_key(p)[0]]
            span = f"{dated[0]} to {dated[-1]}" if len(dated) > 1 else ", ".join(dated)
            rest = [p for p in periods if p not in dated]
            notes.append("periods differ: " + span + (f"{' (and ' if span else ''}{', '.join(rest)} with no year"
                                                      f"{')' if span else ''}" if rest else ""))
        n_unnamed = int(sum(is_missing(p) for p in g["period"]))
        if periods and n_unnamed:
            notes.append(f"{n_unnamed} value{'s' if n_unnamed != 1 else ''} with no reporting period named")
        out.append({"id": ind, "label": str(g["indicator_label"].iloc[0]), "n": len(g),
                    "councils": [{"slug": str(s), "name": n, "period": None if is_missing(p) else str(p),
                                  "period_note": x.note, "period_why": x.why, "meeting": date_text(d)}
                                 for s, n, p, d, x in zip(g["council_slug"], g["_name"], g["period"], g["meeting_date"],
                                                          shown)],
                    "notes": notes})
    return out


def _period_key(period: str) -> tuple[str, str]:
    """Sort key of a reporting period label ("Q2 2024/25", "2019/20", "Q1"): its financial year, then the quarter.

    >>> sorted(["Q3 2024/25", "2019/20", "Q1 2024/25", "Q2"], key=_period_key)
    ['Q2', '2019/20', 'Q1 2024/25', 'Q3 2024/25']
    """
    return (period_label(period)[1] or "", period)


def _latest_cell(x: Mapping[str, Any], counts: tuple[int, int] | None = None, n_documents: int = 2,
                 shown_period: Any = None, rules: Any = None) -> dict[str, Any]:
    period = (shown_period or (lambda label, doc_id: show_period(label)))(x["period"], x.get("doc_id"))
    return {"slug": x["council_slug"], "value": value_text(x["value"], x["value_max"], x.get("bound"), x.get("surface"), x["unit"]), "unit": unit_text(x["unit"], x["per"]),
            "unit_code": x["unit"], "side": side_text(x, rules),
            "period": period.text or None, "period_note": period.note, "period_why": period.why,
            "direction": x["direction"],
            "track": None if is_missing(x["track"]) else x["track"], "status": None if is_missing(x["status"]) else x["status"],
            "meeting": date_text(x["meeting_date"]), "count": count_text(int(x["n_values"]), counts),
            "by_doc_id": ordered_by_document(x["ordered_by"], n_documents), "change": is_change(x.get("is_change")),
            "anchor": anchor_id(str(x["figure_id"])),
            "sentence": x["sentence"], "words": latest_words(x["sentence"], x["surface"], x.get("occurrence")),
            "source_url": x["source_url"], "learnt": x["id_source"] == "learnt"}


def latest_words(sentence: Any, surface: Any, occurrence: Any = 0, words: int = 6) -> Quote:
    """The words of the minutes around a latest value, as the comparison's matrix quotes them under the value (r41walk:
    the sentence was only a hover title on "quote", so a reader saw Cumbria's "165" children in need beside
    Warwickshire's "3,700" without reading that the 165 were "in the Barrow area", one district of the county, nor that
    the 3,700 were "children in need and in child protection" together: what a value counts is in its words).

    >>> latest_words("It was explained there were 165 children with a Child in need Plan in the Barrow area.", "165", 0, 4)
    Quote(before='… was explained there were ', mark='165', after=' children with a Child …', found=True)

    A value its sentence does not hold (the figure table's quote then names it after the sentence) is shown after the
    sentence's first ``2 * words`` words, "…" where cut.
    """
    n = 0 if is_missing(occurrence) else int(occurrence)
    q = quote_parts(sentence, surface, n)
    if not q.found:  # (r41review2) a value its sentence does not hold: the sentence's first words, not all of it
        head = re.split(r"(\s+)", q.before.strip())
        if len(head) > 4 * words + 1:
            return Quote("".join(head[:4 * words - 1]) + " …", q.mark, "", False)
    return short_quote(q, words)


def distinctive_note() -> str:
    """What the comparison's "discussed that the others did not" table lists, in the thresholds the compare stage used
    (the defaults of :func:`compare.distinctive_themes` and :func:`compare.distinctive_topics`, read from them so the
    sentence cannot drift from the table; r31reader: the table said "much more discussed" and not how much).

    >>> distinctive_note()  # doctest: +NORMALIZE_WHITESPACE
    "A theme is listed for a council when it takes at least 5% of the council's minutes' words and at least 2 times
    the highest share of any other council. A topic (cluster) is listed when at least 2 of the council's segments
    are in it and they are at least 80% of the topic's segments (only segments holding a word the topic model reads
    count here)."
    """
    import inspect

    from .compare import distinctive_themes, distinctive_topics

    th = inspect.signature(distinctive_themes).parameters
    tp = inspect.signature(distinctive_topics).parameters
    return (f"A theme is listed for a council when it takes at least {100 * th['min_share'].default:g}% of the council's "
            f"minutes' words and at least {th['ratio'].default:g} times the highest share of any other council. "
            f"A topic (cluster) is listed when at least {tp['min_segments'].default} of the council's segments are in it "
            f"and they are at least {100 * tp['min_fraction'].default:g}% of the topic's segments (only segments holding "
            "a word the topic model reads count here).")


def bounded_alt(rows: pd.DataFrame) -> str:
    """(r43report) What a chart's alternative text adds when some of its values (``indicator_series`` rows) are given
    as a bound or an approximation, which the chart draws open (:func:`.charts.bounded`); "" when none is.

    >>> bounded_alt(pd.DataFrame({"bound": ["more_than", None]})), bounded_alt(pd.DataFrame({"bound": [None]}))
    ('; open markers: values the minutes give as a bound or an approximation', '')
    """
    from .charts import bounded

    return "; open markers: values the minutes give as a bound or an approximation" if any(bounded(rows)) else ""


def render_comparison(view: ComparisonView, card: RunCard, rules: Any = None) -> str:
    """The HTML of the comparison page (``rules`` as :func:`render_council`'s)."""
    names = view.names
    m = view.theme_matrix
    themes_table = theme_table(m, names, view.theme_names)
    cells = {(r["indicator_id"], r["council_slug"]): r for r in view.latest.to_dict("records")}
    counts = value_counts(view.figures, view.series)
    n_docs = documents_per_indicator(view.series)
    # The matrix has a column per council with at least one latest value (a corpus of 50 councils, most reporting
    # none of most indicators, made a page-wide grid of empty columns); the others are named under it.
    with_values = {s for _, s in cells}
    matrix_slugs = [s for s in view.slugs if s in with_values]
    indicators = []
    for ind in sorted(view.latest["indicator_id"].astype(str).unique()):
        first = next(r for (i, _), r in cells.items() if i == ind)
        indicators.append({"id": ind, "label": first["indicator_label"],
                           "definition": None if is_missing(first["indicator_definition"]) else first["indicator_definition"],
                           "cells": [_latest_cell(cells[(ind, s)], counts.get((s, ind)), n_docs.get((s, ind), 0),
                                                  view.shown_period, rules)
                                     if (ind, s) in cells else None for s in matrix_slugs]})
    coverage = indicator_coverage(view.latest, names, view.shown_period)
    from .charts import chart_kind

    charts = []
    for ind, unit in view.shared:
        rows = view.indicator_rows(ind, unit)
        signed, no_side = takes_side(ind, unit), []  # (r45review: money only, as the side is read)
        if signed:  # (r45side) variances compared in the budget-monitoring sign; those with no side left out, named
            rows, left = signed_variances(rows)
            no_side = [f"{names[s]} ({k} value{'s' if k != 1 else ''})" for s, k in
                       left.groupby("council_slug").size().sort_index().items()]
        undated = sorted(set(rows["council_slug"]) - set(rows.loc[rows["meeting_date"].notna(), "council_slug"]))
        label = view.label(ind)
        any_dated = bool(rows["meeting_date"].notna().any())  # no dated value: no chart (empty axes at Jan 1970)
        # one dated value in all: a chart of a single dot compares nothing; the sentence names it instead
        dated_rows = rows[rows["meeting_date"].notna()]
        single = (f"{names[dated_rows['council_slug'].iloc[0]]}, {date_text(dated_rows['meeting_date'].iloc[0], 'undated')}"
                  if len(dated_rows) == 1 else "")
        # councils with dated values too, whose undated ones the chart cannot place: said, not dropped unseen
        partly = rows[rows["meeting_date"].isna() & ~rows["council_slug"].isin(undated)].groupby("council_slug").size()
        partly_text = [f"{names[s]} ({k} value{'s' if k != 1 else ''})" for s, k in partly.sort_index().items()]
        kind = chart_kind(rows)
        charts.append({"label": label, "unit": unit_heading(unit), "undated": [names[s] for s in undated],
                       "partly_undated": partly_text,
                       "single": single, "signed": signed, "no_side": no_side, "drawn": len(rows) > 0,
                       "sides_read": view.sides_read,  # (r46tidy) else tables of a run before sides: "none read"
                       "bounded": bool(bounded_alt(dated_rows)),  # (r43report) the chart draws some values open
                       # (r34charts) every council with one dated value: a bar (or dot) per council, not lines over time
                       "one_each": kind != "line",
                       "chart": chart(view.indicator_chart(ind, unit, rows),
                                      (f"Line chart of {label} per council over time" if kind == "line" else
                                       f"{kind.capitalize()} chart of {label} per council: one dated value each")
                                      + bounded_alt(dated_rows)
                                      + ("; in the budget-monitoring sign: above zero adverse (overspend, deficit), "
                                         "below zero favourable (underspend, surplus)" if signed else ""))
                       if any_dated and not single else None})
    undated_note = ("A value marked \"last document, not last meeting\" is the latest in an order of its council's "
                    "documents that is not the meetings' order: one of them has no meeting date nor a reporting period "
                    "that would place it, so it is ordered by its file name and which meeting came last is not known."
                    if any(c and c["by_doc_id"] for i in indicators for c in i["cells"]) else "")
    n_learnt = int((view.latest["id_source"] == "learnt").sum())
    learnt_note = (f"{n_learnt} value{'s' if n_learnt != 1 else ''} marked \"indicator learnt\" got {'their' if n_learnt != 1 else 'its'} "
                   "indicator from the learnt fallback (a model trained on judged minutes), not from the rules of "
                   "indicators.yml: read the quote before relying on it." if n_learnt else "")
    distinctive = []
    for s in view.slugs:
        th = view.distinctive_themes[view.distinctive_themes["council_slug"] == s]
        tp = view.distinctive_topics[view.distinctive_topics["council_slug"] == s]
        distinctive.append({
            "council_slug": s, "council": names[s],
            "themes": [{"name": view.theme_names.get(r.theme, r.theme), "percent": f"{100 * r.share:.0f}",
                        "max_other": f"{100 * r.max_other:.0f}"} for r in th.itertuples()],
            "topics": [{"label": r.topic_label, "segments": int(r.segments)} for r in tp.itertuples()]})
    summary = (f"{len(view.slugs):,} councils, {len(view.documents):,} meeting records and {len(view.figures):,} figures from "
               "committee minutes on children's services. Council names link to each council's report, where every "
               "figure is quoted.")
    with_names = lambda f: records(f.assign(council=[names[s] for s in f["council_slug"]]))  # noqa: E731
    offtrack, offtrack_none = split_quiet(with_names(view.offtrack), lambda r: any(int(r[k]) for k in TRACK_COUNTS))
    distinctive_shown, distinctive_none = split_quiet(distinctive, lambda r: bool(r["themes"] or r["topics"]))
    statements = track_sentences(view.statements, view.documents, names, view.theme_names)
    meetings = lambda f: records(f.assign(council=[names[s] for s in f["council_slug"]],  # noqa: E731
                                          committee=[given_text(c) for c in f["committee"]],
                                          title=[given_text(t) for t in f["title"]]))
    return render(
        "comparison.html", title="Comparing the councils: committee minutes", summary=summary, track=track_examples(rules),
        councils=[{"slug": s, "name": names[s]} for s in view.slugs],
        matrix_councils=[{"slug": s, "name": names[s]} for s in matrix_slugs],
        no_indicator_councils=[{"slug": s, "name": names[s]} for s in view.slugs if s not in with_values],
        heatmap=chart(view.heatmap(), "Heatmap of the share of each council's minutes per theme"), themes_table=themes_table,
        indicator_count=len(indicators), indicators=indicators, coverage=coverage, indicator_charts=charts,
        undated_note=undated_note,
        learnt_note=learnt_note,
        sides=any(c and c["side"] for i in indicators for c in i["cells"]),  # (r45side) the note on a side's word
        dated=meetings(view.dated),
        undated=[r | {"span": n} for r, n in zip(meetings(view.undated), run_spans(list(view.undated["council_slug"])))],
        timeline_chart=chart(view.timeline_chart(), "Timeline of dated meetings per council") if len(view.dated) else None,
        MATRIX_FITS=MATRIX_FITS, offtrack=offtrack, offtrack_none=offtrack_none, statements=statements, distinctive=distinctive_shown,
        distinctive_none=distinctive_none, distinctive_note=distinctive_note(), unread_sides=UNREAD_SIDES, card=card)


TRACK_COUNTS = ("figures_not_on_track", "statements_not_on_track", "figures_on_track", "statements_on_track")


def split_quiet(rows: Sequence[Mapping[str, Any]], has_something: Any) -> tuple[list[Any], list[dict[str, str]]]:
    """(r33reader) The rows of a per-council table worth a row, and the councils of the others (``{"slug", "name"}``,
    in the table's order), which the page names in one sentence under the table: on the dev split's 44 councils the
    comparison's off-track counts were 41 rows of "0 0 0 0" and its distinctive themes 41 rows of "none none", the
    three councils with something to say lost among them. ``has_something(row)`` says whether a row is kept.

    >>> rows = [{"council_slug": "a", "council": "A", "n": 0}, {"council_slug": "b", "council": "B", "n": 2}]
    >>> split_quiet(rows, lambda r: r["n"] > 0)
    ([{'council_slug': 'b', 'council': 'B', 'n': 2}], [{'slug': 'a', 'name': 'A'}])
    """
    shown = [r for r in rows if has_something(r)]
    quiet = [{"slug": str(r["council_slug"]), "name": str(r["council"])} for r in rows if not has_something(r)]
    return shown, quiet


def run_spans(keys: Sequence[Any]) -> list[int]:
    """The ``rowspan`` of a table cell that names its row's ``key`` once per run of equal keys: the run's length on its
    first row, 0 on the others (r32reader: the comparison's "Meetings without a date" named Slough six times running).

    >>> run_spans(["a", "a", "b", "a"])
    [2, 0, 1, 1]
    """
    out: list[int] = []
    for i, k in enumerate(keys):
        if i and keys[i - 1] == k:
            out.append(0)
            continue
        n = 1
        while i + n < len(keys) and keys[i + n] == k:
            n += 1
        out.append(n)
    return out


def track_sentences(statements: pd.DataFrame, documents: pd.DataFrame, names: Mapping[str, str],
                    theme_names: Mapping[str, str]) -> list[dict[str, Any]]:
    """The comparison's list of the sentences saying something is (not) on track, every council's: "not on track"
    first, then by council name, within a council by meeting as its page's Meetings table (by date, undated first: r44;
    it was by file name), then place in the minutes; each row a :func:`statement_rows` row (the phrase marked, meeting,
    agenda item, source) with the council's ``slug`` and ``council`` name, so that what was flagged can be read and
    traced from the comparison itself, not only counted."""
    if statements.empty:
        return []
    s = statements.assign(_off=(statements["track"] != OFF).astype(int),
                          _name=[str(names[c]) for c in statements["council_slug"]])
    s = by_meeting(s, meeting_rank(documents), ["raw_start", "phrase_start"], ["_off", "_name", "council_slug"])
    rows = statement_rows(s, documents, theme_names)
    for row, slug, name in zip(rows, s["council_slug"], s["_name"]):
        row.update(slug=str(slug), council=name)
    return rows


def write_comparison(tables: Tables, raw_dir: Any, processed_dir: Any, reports_dir: Any,
                     started: float | None = None, view: ComparisonView | None = None, rules: Any = None) -> Path:
    """Render the comparison and write ``<reports_dir>/comparison.html`` (atomically; ``rules`` as
    :func:`render_council`'s)."""
    t0 = time.perf_counter() if started is None else started
    view = comparison_view(tables) if view is None else view
    params = {"raw_dir": str(raw_dir), "processed_dir": str(processed_dir), "reports_dir": str(reports_dir)}
    card = run_card(tables, tables.documents, params, time.perf_counter() - t0)
    return write_page(Path(reports_dir) / "comparison.html", render_comparison(view, card, rules))


# ----------------------------------------------------------------------------- index page


def index_rows(documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """One row per council: slug, name, meetings, records, dated span, undated records and figures; sorted by name.

    ``records`` counts the documents (one agenda item's minutes each), ``meetings`` the meetings they come from: a
    committee's records of one date are one meeting (a committee spelt two ways is one: :func:`committee_key`), and
    every undated record is counted as a meeting of its own.

    >>> d = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "council_slug": ["x"] * 4, "council": ["X"] * 4,
    ...                   "committee": ["C", "C", "C", "C"], "meeting_date": ["2023-02-02", "2023-02-02", "2021-02-04", None]})
    >>> index_rows(d, pd.DataFrame({"doc_id": ["a"]}))[["meetings", "records", "first", "last", "undated"]].values.tolist()
    [[3, 4, '2021-02-04', '2023-02-02', 1]]
    """
    counts = figures[["doc_id"]].merge(documents[["doc_id", "council_slug"]], on="doc_id").groupby("council_slug").size()
    rows = []
    for slug, g in documents.sort_values("doc_id", kind="mergesort").groupby("council_slug", sort=True):
        dated = [(committee_key(c), str(d)) for c, d in zip(g["committee"], g["meeting_date"])  # (r35twins) spellings
                 if not is_missing(d)]
        dates = sorted(d for _, d in dated)
        undated = int(len(g) - len(dated))
        rows.append({"council_slug": slug, "council": str(g["council"].iloc[0]), "meetings": len(set(dated)) + undated,
                     "records": int(len(g)), "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
                     "undated": undated, "figures": int(counts.get(slug, 0))})
    out = pd.DataFrame(rows, columns=["council_slug", "council", "meetings", "records", "first", "last", "undated",
                                      "figures"])
    return out.sort_values(["council", "council_slug"], kind="mergesort").reset_index(drop=True)


def index_page(documents: pd.DataFrame, figures: pd.DataFrame) -> str:
    """The reports' front page: the comparison, then one line per council report."""
    councils = []
    for r in index_rows(documents, figures).itertuples():
        span = ""
        if r.first:
            span = f", {r.first}" + (f" to {r.last}" if r.last != r.first else "")
        span += "" if not r.undated else (" (undated)" if r.undated == r.records else f", {r.undated} undated")
        items = "" if r.records == r.meetings else f" ({r.records} agenda items)"
        councils.append({"council_slug": r.council_slug, "council": r.council, "meetings": r.meetings, "span": span,
                         "agenda_items": items, "figures": r.figures})
    return render("index.html", title="Council committee minutes: reports", councils=councils)


def write_index(processed_dir: str | os.PathLike[str], reports_dir: str | os.PathLike[str],
                tables: Tables | None = None) -> Path:
    """Write ``<reports_dir>/index.html`` (atomically) from the documents and figures tables."""
    from .io import read_table

    documents = tables.documents if tables is not None else read_table("documents", processed_dir)
    check_council(documents, None)
    figures = tables.council_figures if tables is not None else read_table("figures", processed_dir)
    return write_page(Path(reports_dir) / "index.html", index_page(documents, figures))


# ----------------------------------------------------------------------------- every page


def is_report_page(path: Path) -> bool:
    """Whether ``path`` is a page this package wrote (its head names :data:`GENERATOR`)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            head = fh.read(2048)
    except OSError:
        return False
    return f'<meta name="generator" content="{GENERATOR}">' in head


def remove_stale_pages(reports_dir: str | os.PathLike[str], keep: Iterable[str]) -> list[Path]:
    """Delete the pages of ``reports_dir`` this package wrote that are not in ``keep`` (file
    names): the page of a council removed from the manifest. Other files are left alone."""
    keep = set(keep)
    removed = []
    for path in sorted(Path(reports_dir).glob("*.html")):
        if path.name not in keep and is_report_page(path):
            path.unlink()
            removed.append(path)
    return removed


def render_all(raw_dir: Any = None, processed_dir: Any = None, reports_dir: Any = None, log: bool = True,
               timings: dict[str, float] | None = None, rules: Any = None) -> list[Path]:
    """Every council's page, the comparison and the index, in this process, from tables loaded
    once; then remove pages of councils no longer in the corpus. Returns the pages written;
    ``timings`` (if given) receives ``councils``, ``council_seconds`` (loading the tables and every
    council page) and ``other_seconds`` (comparison and index). ``rules``: the figure rules file (or object) the
    run was given (``python -m analysis.compare --rules FILE``), named by the pages' note of what "on track" means
    (default the shipped file or ``$CM_FIGURE_RULES``)."""
    from . import paths

    raw, processed, reports = paths.raw_dir(raw_dir), paths.processed_dir(processed_dir), paths.reports_dir(reports_dir)
    t0 = time.perf_counter()
    tables = load_tables(processed)
    check_council(tables.documents, None)
    written = []
    for slug in tables.names.index:
        written.append(write_council(tables, str(slug), raw, processed, reports, rules=rules))
    t1 = time.perf_counter()
    written.append(write_comparison(tables, raw, processed, reports, rules=rules))
    written.append(write_index(processed, reports, tables))
    removed = remove_stale_pages(reports, [p.name for p in written])
    if timings is not None:
        timings.update(councils=float(len(tables.names)), council_seconds=t1 - t0, other_seconds=time.perf_counter() - t1)
    if log:
        n = len(tables.names)
        print(f"reports: {n} council page{'s' if n != 1 else ''} in {t1 - t0:.1f} s "
              f"({(t1 - t0) / max(n, 1):.2f} s per council), "
              f"comparison and index in {time.perf_counter() - t1:.1f} s"
              + (f"; removed {', '.join(p.name for p in removed)}" if removed else ""))
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.report all|index [--raw-dir DIR] --processed-dir DIR --reports-dir DIR`` (``all`` also
    ``[--rules FILE]``)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m analysis.report")
    sub = parser.add_subparsers(dest="command", required=True)
    p_all = sub.add_parser("all", help="write every council page, the comparison and index.html")
    p_index = sub.add_parser("index", help="write reports/index.html")
    for p in (p_all, p_index):
        p.add_argument("--raw-dir", default=None)
        p.add_argument("--processed-dir", default=None)
        p.add_argument("--reports-dir", default=None)
    p_all.add_argument("--rules", default=None, help="the figure rules file the figures and compare stages were given "
                       "(default data/figure_rules.yml or $CM_FIGURE_RULES; its track phrases are named by the pages' note)")
    args = parser.parse_args(argv)
    from . import paths

    try:
        if args.command == "all":
            import matplotlib

            matplotlib.use("Agg")
            render_all(args.raw_dir, args.processed_dir, args.reports_dir, rules=args.rules)
            return 0
        path = write_index(paths.processed_dir(args.processed_dir), paths.reports_dir(args.reports_dir))
    except PipelineError as exc:
        print(f"error in stage 4b/4 reports: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # (r44robust) Ctrl-C: one line, as analysis.runstage says it for the stages
        print("error in stage 4b/4 reports: interrupted. Each page is written whole, so each is the new one or the "
              "last run's; run make again to finish.", file=sys.stderr)
        return 130
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
