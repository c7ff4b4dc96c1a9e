"""Stage 4b: HTML rendering for the reports people read.

The reports are plain, self-contained HTML pages built from string templates in this module: no
JavaScript, no external stylesheet, font or image. Plots are matplotlib PNGs embedded as
``data:`` URIs. A ``Content-Security-Policy`` meta tag forbids scripts and remote resources, as a
second line of defence behind the escaping.

Escaping rules (every string that comes from minutes, the manifest or file names is untrusted):

* :func:`esc` escapes text for element content and attribute values (``&``, ``<``, ``>``, quotes).
* :func:`safe_url` lets only ``http``/``https`` URLs become links; anything else (``javascript:``,
  ``data:``, relative paths) is shown as text.
* :func:`highlight` splits a quoted sentence at the figure, escapes each part separately and wraps
  the figure in ``<mark>``.

Nothing in a page depends on the time of the run except the "time taken" and "rendered at" entries
of the run card (:func:`run_card`), wrapped in ``<span class="runcard-volatile">`` so a test can
strip them and compare two renders byte for byte.

Command line (used by ``make``)::

    python -m analysis.report index --processed-dir DIR --reports-dir DIR
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from .errors import PipelineError

#: Packages whose versions every run card lists.
RUN_CARD_PACKAGES = ("pandas", "numpy", "scikit-learn", "nltk", "matplotlib", "papermill", "pyarrow")

#: The processed tables a report reads (shares tables are optional).
REPORT_TABLES = ("documents", "segments", "figures", "numbers", "topics", "topic_terms")
OPTIONAL_TABLES = ("theme_shares",)

#: File names the comparison and index use; a council slug may not take them.
RESERVED_SLUGS = frozenset({"index", "comparison"})

VOLATILE_CLASS = "runcard-volatile"

# ----------------------------------------------------------------------------- escaping and links


def is_missing(value: Any) -> bool:
    """True for ``None``, ``pd.NA``, ``NaN`` and ``NaT``.

    >>> is_missing(None), is_missing(float("nan")), is_missing(pd.NA), is_missing("")
    (True, True, True, False)
    """
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def esc(value: Any) -> str:
    """``value`` as escaped HTML text (element content or a quoted attribute); missing -> ``""``.

    >>> esc("<script>alert('x')</script> & co")
    '&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co'
    >>> esc(None)
    ''
    """
    if is_missing(value):
        return ""
    return html.escape(str(value), quote=True)


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute ``http(s)`` URL with a host, else ``None``.

    >>> safe_url("https://democracy.example.gov.uk/mgAi.aspx?ID=1")
    'https://democracy.example.gov.uk/mgAi.aspx?ID=1'
    >>> safe_url("javascript:alert(1)") is None, safe_url("../etc/passwd") is None, safe_url(None) is None
    (True, True, True)
    """
    if is_missing(url):
        return None
    text = str(url).strip()
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


def link(url: Any, text: Any, css_class: str | None = None) -> str:
    """An ``<a>`` to ``url`` (only http/https) showing ``text``; otherwise the escaped text alone.

    >>> link("https://example.org/a?b=1&c=2", "minutes <p.3>")
    '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">minutes &lt;p.3&gt;</a>'
    >>> link("javascript:alert(1)", "click")
    'click'
    """
    target = safe_url(url)
    if target is None:
        return esc(text)
    cls = f' class="{esc(css_class)}"' if css_class else ""
    return f'<a href="{esc(target)}"{cls} rel="noopener noreferrer">{esc(text)}</a>'


def local_link(href: str, text: Any) -> str:
    """A link to a page or anchor of the reports folder (``href`` is escaped, never a scheme).

    >>> local_link("halton-borough-council.html#fig-1", "Halton")
    '<a href="halton-borough-council.html#fig-1">Halton</a>'
    """
    if ":" in href.split("#", 1)[0]:
        raise ValueError(f"local_link: {href!r} is not a relative link")
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def anchor_id(value: str) -> str:
    """An HTML id made of ``[a-z0-9-]`` from any string (such as a figure id).

    >>> anchor_id("003_1b56:120-125")
    'fig-003-1b56-120-125'
    """
    return "fig-" + re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-")


# ----------------------------------------------------------------------------- quotes


def _spans(sentence: str, surface: str) -> list[tuple[int, int]]:
    """Every occurrence of ``surface`` in ``sentence`` not inside a longer number or word.

    Whitespace in ``surface`` matches any run of whitespace (a raw surface may hold a line break
    that the clean sentence turned into a space).
    """
    parts = [re.escape(p) for p in surface.split()]
    if not parts:
        return []
    body = r"\s+".join(parts)
    pattern = re.compile(rf"(?<![0-9A-Za-z]){body}" + (r"(?![0-9])" if surface[-1:].isdigit() else ""))
    spans = [(m.start(), m.end()) for m in pattern.finditer(sentence)]
    if not spans:  # last resort: anywhere
        spans = [(m.start(), m.end()) for m in re.finditer(body, sentence)]
    return spans


def locate(sentence: str, surface: str, occurrence: int = 0) -> tuple[int, int] | None:
    """The ``(start, end)`` of the ``occurrence``-th (0-based) ``surface`` in ``sentence``, or ``None``.

    An occurrence past the last one gives the last one.

    >>> locate("rose from 12% to 15%, and 12% of ...", "12%", 1)
    (26, 29)
    >>> locate("in 2012 there were 12 posts", "12")
    (19, 21)
    """
    spans = _spans(sentence, surface)
    if not spans:
        return None
    return spans[min(max(occurrence, 0), len(spans) - 1)]


def highlight(sentence: Any, surface: Any, occurrence: int = 0) -> str:
    """The escaped ``sentence`` with the figure ``surface`` wrapped in ``<mark>``.

    The sentence is split at the figure's offsets and each part is escaped separately, so markup in
    the minutes is shown as text. When the surface cannot be found the whole sentence is escaped
    and the surface is appended in a ``<mark>``, so the figure is never lost.

    >>> highlight("Costs rose to <b>£6,500</b> a week", "£6,500")
    'Costs rose to &lt;b&gt;<mark>£6,500</mark>&lt;/b&gt; a week'
    """
    text = "" if is_missing(sentence) else str(sentence)
    surf = "" if is_missing(surface) else str(surface)
    span = locate(text, surf, occurrence) if surf else None
    if span is None:
        extra = f' <span class="note">[figure: <mark>{esc(surf)}</mark>]</span>' if surf else ""
        return esc(text) + extra
    a, b = span
    return f"{esc(text[:a])}<mark>{esc(text[a:b])}</mark>{esc(text[b:])}"


def occurrence_index(frame: pd.DataFrame, group: Sequence[str] = ("segment_id", "sentence", "surface")) -> pd.Series:
    """For rows sharing a sentence and a surface, their order by ``raw_start`` (0, 1, ...).

    Used with :func:`highlight`: the second "12%" figure of a sentence marks the second "12%".
    """
    if frame.empty:
        return pd.Series([], dtype="int64", index=frame.index)
    ordered = frame.sort_values([*group, "raw_start"], kind="mergesort")
    return ordered.groupby(list(group), sort=False, dropna=False).cumcount().reindex(frame.index).astype("int64")


# ----------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Column:
    """A column of :func:`html_table`: the frame's column ``key``, its heading, and whether the cell
    already holds safe HTML (built with this module's helpers) rather than text to escape."""

    key: str
    label: str
    is_html: bool = False
    css: str | None = None


def _cell(value: Any) -> str:
    if is_missing(value):
        return ""
    if isinstance(value, float):
        return format_number(value)
    return str(value)


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


def html_table(frame: pd.DataFrame, columns: Sequence[Column], css_class: str = "data", empty: str = "None.") -> str:
    """Render ``frame`` as an HTML table with the given columns; text cells are escaped.

    >>> html_table(pd.DataFrame({"a": ["<x>"], "b": ["<i>ok</i>"]}), [Column("a", "A"), Column("b", "B", True)])
    '<table class="data"><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>&lt;x&gt;</td><td><i>ok</i></td></tr></tbody></table>'
    """
    if frame.empty:
        return f'<p class="empty">{esc(empty)}</p>'
    head = "".join(f"<th>{esc(c.label)}</th>" for c in columns)
    rows = []
    for rec in frame.to_dict("records"):
        cells = []
        for c in columns:
            raw = rec.get(c.key)
            content = ("" if is_missing(raw) else str(raw)) if c.is_html else esc(_cell(raw))
            cls = f' class="{esc(c.css)}"' if c.css else ""
            cells.append(f"<td{cls}>{content}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="{esc(css_class)}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


# ----------------------------------------------------------------------------- images


def png_bytes(fig: Any, dpi: int = 100) -> bytes:
    """A matplotlib figure as PNG bytes, without the metadata that varies between runs."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None}, bbox_inches="tight", facecolor="white")
    return buf.getvalue()


def png_data_uri(fig: Any, dpi: int = 100) -> str:
    """``data:image/png;base64,...`` of a matplotlib figure."""
    return "data:image/png;base64," + base64.b64encode(png_bytes(fig, dpi)).decode("ascii")


def img(fig: Any, alt: str, dpi: int = 100, close: bool = True) -> str:
    """An ``<img>`` embedding the figure, with escaped alternative text; closes the figure.

    >>> import matplotlib; matplotlib.use("Agg"); import matplotlib.pyplot as plt
    >>> f, ax = plt.subplots(figsize=(1, 1)); _ = ax.plot([0, 1])
    >>> img(f, 'a "chart"')[:60]
    '<img class="chart" alt="a &quot;chart&quot;" src="data:image'
    """
    uri = png_data_uri(fig, dpi)
    if close:
        import matplotlib.pyplot as plt

        plt.close(fig)
    return f'<img class="chart" alt="{esc(alt)}" src="{uri}">'


# ----------------------------------------------------------------------------- page

CSS = """
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1d2330; background: #fff;
       margin: 0; line-height: 1.45; font-size: 15px; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 1.7em; margin: 0.2em 0 0.3em; }
h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 2px solid #d8dde8; padding-bottom: 4px; }
h3 { font-size: 1.08em; margin-top: 1.5em; }
p.lead { font-size: 1.05em; color: #39414f; }
p.note, span.note, p.empty { color: #5a6374; font-size: 0.92em; }
nav.toc { background: #f4f6fa; border: 1px solid #e0e5ee; padding: 8px 14px; border-radius: 4px; font-size: 0.93em; }
nav.toc a { margin-right: 14px; white-space: nowrap; }
table { border-collapse: collapse; margin: 10px 0 16px; font-size: 0.9em; width: 100%; }
th, td { border: 1px solid #d8dde8; padding: 5px 7px; text-align: left; vertical-align: top; }
th { background: #eef1f6; font-weight: 600; }
tbody tr:nth-child(even) { background: #fafbfd; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.quote { min-width: 320px; }
td.nowrap { white-space: nowrap; }
table.matrix th:first-child { width: 24%; font-weight: 600; }
table.matrix th span.note { font-weight: normal; }
mark { background: #ffe37a; padding: 0 2px; border-radius: 2px; }
img.chart { display: block; max-width: 100%; height: auto; margin: 10px 0 18px; }
.status-off { color: #a3271b; font-weight: 600; }
.status-on { color: #1c6b35; font-weight: 600; }
section.runcard { margin-top: 3em; background: #f7f7f9; border: 1px solid #e2e2e8; padding: 6px 16px 12px;
                  font-size: 0.85em; }
section.runcard h2 { border: none; font-size: 1.1em; }
section.runcard code { word-break: break-all; }
a { color: #1f56b3; }
footer { margin-top: 2em; color: #5a6374; font-size: 0.85em; }
"""

# No script may run and nothing may load from elsewhere; images only from data: URIs.
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def page(title: str, body: str) -> str:
    """A complete HTML document: ``title`` (text, escaped) and ``body`` (safe HTML)."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        f"{body}\n</main>\n</body>\n</html>\n"
    )


def section(anchor: str, heading: str, *parts: str) -> str:
    """A ``<section>`` with an ``<h2>`` (escaped) and the given safe HTML parts."""
    return f'<section id="{esc(anchor)}">\n<h2>{esc(heading)}</h2>\n' + "\n".join(parts) + "\n</section>"


def para(text: str, css_class: str | None = None) -> str:
    """A paragraph of escaped text."""
    cls = f' class="{esc(css_class)}"' if css_class else ""
    return f"<p{cls}>{esc(text)}</p>"


def toc(entries: Sequence[tuple[str, str]]) -> str:
    """A small table of contents: ``[(anchor, label), ...]``."""
    return '<nav class="toc">' + "".join(f'<a href="#{esc(a)}">{esc(label)}</a>' for a, label in entries) + "</nav>"


# ----------------------------------------------------------------------------- run card


def file_sha256(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


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


def input_files(processed_dir: str | os.PathLike[str], documents: pd.DataFrame,
                tables: Iterable[str] = REPORT_TABLES + OPTIONAL_TABLES) -> pd.DataFrame:
    """The inputs of a report with their SHA-256: the raw minutes files (from ``documents``) and the
    processed tables read. Columns ``kind``, ``file``, ``sha256``; sorted."""
    rows = [{"kind": "minutes", "file": f, "sha256": s} for f, s in zip(documents["file"], documents["sha256"])]
    processed = Path(processed_dir)
    for name in tables:
        path = processed / f"{name}.parquet"
        if path.exists():
            rows.append({"kind": "table", "file": path.name, "sha256": file_sha256(path)})
    frame = pd.DataFrame(rows, columns=["kind", "file", "sha256"])
    return frame.sort_values(["kind", "file"], kind="mergesort").reset_index(drop=True)


def run_card(parameters: Mapping[str, Any], inputs: pd.DataFrame, seconds: float,
             commit: str | None = None, versions: Mapping[str, str] | None = None) -> str:
    """The run card section: git commit, parameters, input files with hashes, package versions and
    time taken. Only the time is volatile (marked ``runcard-volatile``)."""
    commit = git_commit() if commit is None else commit
    versions = package_versions() if versions is None else versions
    params = "".join(f"<tr><th>{esc(k)}</th><td><code>{esc(v)}</code></td></tr>" for k, v in parameters.items())
    files = "".join(
        f"<tr><td>{esc(r.kind)}</td><td>{esc(r.file)}</td><td><code>{esc(r.sha256)}</code></td></tr>"
        for r in inputs.itertuples()
    )
    vers = ", ".join(f"{esc(k)} {esc(v)}" for k, v in versions.items())
    return (
        '<section class="runcard" id="run-card">\n<h2>Run card</h2>\n'
        "<p>How this page was made, so that it can be made again.</p>\n"
        f"<p><b>Git commit:</b> <code>{esc(commit)}</code><br>\n"
        f"<b>Packages:</b> {vers}<br>\n"
        f'<b>Time taken:</b> <span class="{VOLATILE_CLASS}">{seconds:.1f} s</span></p>\n'
        f'<h3>Parameters</h3><table class="kv">{params}</table>\n'
        '<h3>Input files</h3><table class="data"><thead><tr><th>kind</th><th>file</th><th>SHA-256</th></tr></thead>'
        f"<tbody>{files}</tbody></table>\n</section>"
    )


_VOLATILE = re.compile(rf'<span class="{VOLATILE_CLASS}">.*?</span>', re.S)


def strip_volatile(page_html: str) -> str:
    """The page without its volatile run-card parts (for comparing two renders).

    >>> strip_volatile('a <span class="runcard-volatile">1.2 s</span> b')
    'a  b'
    """
    return _VOLATILE.sub("", page_html)


# ----------------------------------------------------------------------------- inputs


@dataclass
class Inputs:
    """The processed tables the reports read."""

    documents: pd.DataFrame
    segments: pd.DataFrame
    figures: pd.DataFrame
    numbers: pd.DataFrame
    topics: pd.DataFrame
    topic_terms: pd.DataFrame
    theme_shares: pd.DataFrame | None = None


def load_inputs(processed_dir: str | os.PathLike[str]) -> Inputs:
    """Read every table a report needs, with a clear error if a stage has not run.

    ``theme_shares`` (written by the topics stage) is optional: without it the shares are computed
    from the topics table.
    """
    from .io import read_table

    tables = {name: read_table(name, processed_dir) for name in REPORT_TABLES}
    optional = Path(processed_dir) / "theme_shares.parquet"
    return Inputs(**tables, theme_shares=pd.read_parquet(optional) if optional.exists() else None)


def check_council(documents: pd.DataFrame, council: str | None) -> str:
    """The council slug to report on: ``council`` if the corpus has it, else an error listing them.

    ``None`` or ``""`` picks the first slug (alphabetically), the notebook's default.
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


# ----------------------------------------------------------------------------- council page sections


def value_text(value: Any, value_max: Any = None) -> str:
    """A figure's value (or range) as text.

    >>> value_text(6500.0, 7000.0), value_text(68.0)
    ('6,500–7,000', '68')
    """
    text = format_number(value)
    if not is_missing(value_max):
        text += "–" + format_number(value_max)
    return text


def unit_text(unit: Any, per: Any = None) -> str:
    """A figure's unit with its ``per`` (``GBP per week``).

    >>> unit_text("GBP", "week"), unit_text("percent", None)
    ('GBP per week', 'percent')
    """
    u = "" if is_missing(unit) else str(unit)
    if not is_missing(per) and str(per):
        p = str(per)
        u += (" " if u else "") + (p if p.lower().startswith("per ") else f"per {p}")
    return u


def track_html(track: Any, status: Any = None) -> str:
    """The status cell: ``not on track`` in red, ``on track`` in green, another status as text."""
    if track == "not on track":
        return '<span class="status-off">not on track</span>'
    if track == "on track":
        return '<span class="status-on">on track</span>'
    return esc(status)


def source_html(source_url: Any, file: Any, raw_start: Any = None, raw_end: Any = None, label: str = "minutes page") -> str:
    """Where a quote comes from: a link to the council's page (if the manifest has one) and the file
    name with the characters of the saved text, so it can be checked."""
    where = esc(file)
    if not is_missing(raw_start) and not is_missing(raw_end):
        where += f", characters {int(raw_start)}–{int(raw_end)}"
    first = source_link(source_url, label)
    return f'{first}<br><span class="note">{where}</span>'


def source_link(url: Any, label: str = "minutes page") -> str:
    """A link to the council's page, or a note that the manifest has no (usable) link.

    >>> source_link(None)
    '<span class="note">no link in the manifest</span>'
    """
    return link(url, label) if safe_url(url) else '<span class="note">no link in the manifest</span>'


def meetings_table(docs: pd.DataFrame, fig_counts: Mapping[str, int] | None = None,
                   periods: Mapping[str, str] | None = None) -> str:
    """The meetings covered: date, committee, title, reporting periods, figures, source link."""
    fig_counts = fig_counts or {}
    periods = periods or {}
    d = docs.assign(_date=docs["meeting_date"].fillna("")).sort_values(["_date", "doc_id"], kind="mergesort")
    frame = pd.DataFrame({
        "date": [m if not is_missing(m) else "not given" for m in d["meeting_date"]],
        "committee": d["committee"].to_numpy(),
        "title": d["title"].to_numpy(),
        "periods": [periods.get(x, "") for x in d["doc_id"]],
        "figures": [int(fig_counts.get(x, 0)) for x in d["doc_id"]],
        "source": [source_html(u, f) for u, f in zip(d["source_url"], d["file"])],
    })
    return html_table(frame, [Column("date", "Meeting date", css="nowrap"), Column("committee", "Committee"),
                              Column("title", "Item"), Column("periods", "Reporting periods"),
                              Column("figures", "Figures", css="num"), Column("source", "Source", True)])


def _quote_cell(row: Mapping[str, Any]) -> str:
    anchor = anchor_id(str(row["figure_id"]))
    return f'<span id="{anchor}"></span>“{highlight(row["sentence"], row["surface"], int(row.get("occurrence") or 0))}”'


def figures_frame(figs: pd.DataFrame, with_theme: bool = False, names: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The rows of a figures table (cells as text or safe HTML), in document order."""
    names = names or {}
    f = figs.sort_values(["doc_id", "raw_start", "raw_end"], kind="mergesort")
    recs = f.to_dict("records")
    return pd.DataFrame({
        "indicator": [r["indicator"] if not is_missing(r["indicator"]) else (r["indicator_id"] if not is_missing(r["indicator_id"]) else "(no indicator)") for r in recs],
        "value": [value_text(r["value"], r["value_max"]) for r in recs],
        "unit": [unit_text(r["unit"], r["per"]) for r in recs],
        "direction": [r["direction"] for r in recs],
        "status": [track_html(r.get("track"), r["status"]) for r in recs],
        "quote": [_quote_cell(r) for r in recs],
        "meeting": [r["meeting_date"] if not is_missing(r["meeting_date"]) else "date not given" for r in recs],
        "theme": [names.get(r["theme"], r["theme"]) for r in recs] if with_theme else [None] * len(recs),
        "source": [source_html(r["source_url"], r["file"], r["raw_start"], r["raw_end"]) for r in recs],
    }, index=range(len(recs)))


FIGURE_COLUMNS = (
    Column("indicator", "Indicator"), Column("value", "Value", css="num"), Column("unit", "Unit"),
    Column("direction", "Direction"), Column("status", "Status", True), Column("quote", "Quoted sentence", True, "quote"),
    Column("meeting", "Meeting", css="nowrap"), Column("source", "Source", True),
)


def figures_by_theme(figs: pd.DataFrame, names: Mapping[str, str], order: Sequence[str] | None = None) -> str:
    """One sub-section per theme (in ``order``, else most figures first) with every figure of that theme."""
    if figs.empty:
        return '<p class="empty">No figures were found in this council\'s minutes.</p>'
    counts = figs.groupby("theme").size()
    themes = list(order) if order is not None else sorted(counts.index, key=lambda t: (-int(counts[t]), str(t)))
    themes = [t for t in themes if t in counts.index] + sorted(t for t in counts.index if t not in set(themes or []))
    parts = []
    for theme in themes:
        g = figs[figs["theme"] == theme]
        n = len(g)
        parts.append(f'<h3 id="theme-{esc(re.sub(r"[^a-z0-9]+", "-", str(theme).lower()))}">{esc(names.get(theme, theme))} '
                     f'<span class="note">({n} figure{"s" if n != 1 else ""})</span></h3>')
        parts.append(html_table(figures_frame(g), FIGURE_COLUMNS))
    return "\n".join(parts)


def statements_table(statements: pd.DataFrame, docs: pd.DataFrame, names: Mapping[str, str]) -> str:
    """Sentences saying something is (not) on track, the phrase highlighted, with their source."""
    if statements.empty:
        return '<p class="empty">No sentence in these minutes says something is on or off track or above/below target.</p>'
    d = docs.set_index("doc_id")
    s = statements.sort_values(["track", "doc_id", "raw_start", "phrase_start"], ascending=[True, True, True, True], kind="mergesort")
    recs = s.to_dict("records")
    frame = pd.DataFrame({
        "track": [track_html(r["track"]) for r in recs],
        "theme": [names.get(r["theme"], r["theme"]) for r in recs],
        "quote": ["“" + esc(r["sentence"][: r["phrase_start"]]) + "<mark>" + esc(r["sentence"][r["phrase_start"]: r["phrase_end"]])
                  + "</mark>" + esc(r["sentence"][r["phrase_end"]:]) + "”" for r in recs],
        "meeting": [d.at[r["doc_id"], "meeting_date"] if not is_missing(d.at[r["doc_id"], "meeting_date"]) else "date not given" for r in recs],
        "source": [source_html(d.at[r["doc_id"], "source_url"], d.at[r["doc_id"], "file"], r["raw_start"], r["raw_end"]) for r in recs],
    })
    return html_table(frame, [Column("track", "Reported as", True), Column("theme", "Theme"),
                              Column("quote", "Quoted sentence", True, "quote"), Column("meeting", "Meeting", css="nowrap"),
                              Column("source", "Source", True)])


def indicator_label(rows: pd.DataFrame, indicator_id: str, info: Mapping[str, tuple[str, str]] | None = None) -> str:
    """A readable name for an ``indicator_id``: its label in ``info`` (``compare.indicator_info``),
    else its most frequent ``indicator`` text in ``rows``, else the id."""
    if info and indicator_id in info:
        return info[indicator_id][0]
    labels = rows.loc[rows["indicator_id"] == indicator_id, "indicator"].dropna().astype(str)
    if labels.empty:
        return str(indicator_id).replace("_", " ")
    counts = labels.value_counts()
    best = sorted(counts.index, key=lambda x: (-int(counts[x]), x))[0]
    return best


def indicator_matrix(latest: pd.DataFrame, slugs: Sequence[str], names: Mapping[str, str],
                     figures: pd.DataFrame | None = None, info: Mapping[str, tuple[str, str]] | None = None) -> str:
    """The council x indicator table: one row per ``indicator_id``, one column per council, each cell
    the council's latest value with its unit, period, direction, meeting and links to the quote (in
    the council's report) and to the minutes page."""
    if latest.empty:
        return '<p class="empty">No figure has a canonical indicator.</p>'
    labels_from = figures if figures is not None else latest
    head = "<th>Indicator</th>" + "".join(
        f"<th>{local_link(f'{s}.html', names.get(s, s))}</th>" for s in slugs)
    body = []
    for ind in sorted(latest["indicator_id"].astype(str).unique()):
        definition = info[ind][1] if info and ind in info else ""
        cells = [f'<th>{esc(indicator_label(labels_from, ind, info))}<br><span class="note">{esc(ind)}'
                 + (f"<br>{esc(definition)}" if definition else "") + "</span></th>"]
        for slug in slugs:
            r = latest[(latest["indicator_id"] == ind) & (latest["council_slug"] == slug)]
            if r.empty:
                cells.append('<td class="empty-cell"></td>')
                continue
            x = r.iloc[0]
            when = x["meeting_date"] if not is_missing(x["meeting_date"]) else "date not given"
            bits = [f"<b>{esc(value_text(x['value'], x['value_max']))}</b> {esc(unit_text(x['unit'], x['per']))}"]
            if not is_missing(x.get("period")):
                bits.append(f"period: {esc(x['period'])}")
            bits.append(f"direction: {esc(x['direction'])}" + (f"; {track_html(x.get('track'), x['status'])}"
                                                               if not is_missing(x.get("track")) else ""))
            bits.append(f'<span class="note">{esc(when)}; {int(x["n_values"])} value{"s" if int(x["n_values"]) != 1 else ""}'
                        + ("; ordered by doc_id" if str(x["ordered_by"]).startswith("doc_id") else "") + "</span>")
            quote = f'<a href="{esc(slug)}.html#{anchor_id(str(x["figure_id"]))}" title="{esc(x["sentence"])}">quote</a>'
            src = link(x["source_url"], "minutes page") if safe_url(x["source_url"]) else ""
            bits.append(quote + (f" · {src}" if src else ""))
            cells.append("<td>" + "<br>".join(bits) + "</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="data matrix"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def write_page(path: str | os.PathLike[str], title: str, body: str) -> Path:
    """Write a full report page atomically (a failure leaves the previous page)."""
    from .io import write_text

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    out = write_text(target, page(title, body))
    os.chmod(out, 0o644)  # a page to be read by anyone (temporary files are created private)
    return out


# ----------------------------------------------------------------------------- index page


def index_rows(documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """One row per council: slug, name, meetings, dated span and figures; sorted by name."""
    docs = documents.copy()
    counts = figures.merge(docs[["doc_id", "council_slug"]], on="doc_id").groupby("council_slug").size()
    rows = []
    for slug, g in docs.groupby("council_slug", sort=True):
        dates = sorted(d for d in g["meeting_date"] if not is_missing(d))
        rows.append({
            "council_slug": slug,
            "council": str(g["council"].iloc[0]),
            "meetings": int(len(g)),
            "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None,
            "undated": int(len(g) - len(dates)),
            "figures": int(counts.get(slug, 0)),
        })
    out = pd.DataFrame(rows, columns=["council_slug", "council", "meetings", "first", "last", "undated", "figures"])
    return out.sort_values(["council", "council_slug"], kind="mergesort").reset_index(drop=True)


def index_page(documents: pd.DataFrame, figures: pd.DataFrame) -> str:
    """The reports' front page: the comparison, then one line per council report."""
    rows = index_rows(documents, figures)
    items = []
    for r in rows.itertuples():
        span = ""
        if r.first:
            span = f", {r.first}" + (f" to {r.last}" if r.last != r.first else "")
        undated = "" if not r.undated else (" (undated)" if r.undated == r.meetings else f", {r.undated} undated")
        items.append(
            f"<li>{local_link(f'{r.council_slug}.html', r.council)}: {r.meetings} meeting"
            f"{'s' if r.meetings != 1 else ''}{esc(span)}{esc(undated)}; {r.figures} figure{'s' if r.figures != 1 else ''}</li>"
        )
    body = (
        "<h1>Council committee minutes: reports</h1>\n"
        '<p class="lead">What councils\' children\'s services committees discussed, which figures they heard and '
        "what was reported off track, each claim linked to the minutes it comes from.</p>\n"
        f"<h2>Comparison</h2>\n<p>{local_link('comparison.html', 'Compare the councils')}: themes discussed, "
        "the latest value of each indicator, meetings over time and what was off track.</p>\n"
        f"<h2>Council reports</h2>\n<ul class=\"councils\">\n" + "\n".join(items) + "\n</ul>\n"
        "<footer>Generated by <code>make reports</code> from the processed tables; each report ends with a run "
        "card (commit, parameters, input hashes, package versions).</footer>"
    )
    return page("Council committee minutes: reports", body)


def write_index(processed_dir: str | os.PathLike[str], reports_dir: str | os.PathLike[str]) -> Path:
    """Write ``<reports_dir>/index.html`` (atomically) from the documents and figures tables."""
    from .io import read_table, write_text

    documents = read_table("documents", processed_dir)
    check_council(documents, None)
    figures = read_table("figures", processed_dir)
    out = Path(reports_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = write_text(out / "index.html", index_page(documents, figures))
    os.chmod(path, 0o644)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.report index --processed-dir DIR --reports-dir DIR``."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m analysis.report")
    sub = parser.add_subparsers(dest="command", required=True)
    p_index = sub.add_parser("index", help="write reports/index.html")
    p_index.add_argument("--processed-dir", default=None)
    p_index.add_argument("--reports-dir", default=None)
    args = parser.parse_args(argv)
    from . import paths

    try:
        path = write_index(paths.processed_dir(args.processed_dir), paths.reports_dir(args.reports_dir))
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
