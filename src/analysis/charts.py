"""The report charts: matplotlib figures drawn from the compare stage's tables.

Each function returns a figure; ``report.chart`` turns one into an image embedded in a page, and
the report notebooks show the same figures inline. Colours, sizes and fonts are fixed so two runs
draw the same pixels.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import pandas as pd


def _short(text: str, n: int = 34) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _wrap(text: str, width: int, lines: int = 2) -> str:
    r"""``text`` broken at spaces into lines of at most ``width`` characters (a word is never split across lines), at
    most ``lines`` of them, the last cut with "…" only when more would follow (r33reader: a label cut at a fixed length
    read "Safeguarding, children in need and chil…" and "Royal Borough of Kensington and Che…"). (r33review2) A word
    longer than the width is cut with "…" on its line, as every label was before, so that no label runs wider than
    ``width``: a name without spaces ("Kingston-upon-Thames-and-...", a URL) was drawn whole, however long.

    >>> _wrap("Safeguarding, children in need and child protection", 34)
    'Safeguarding, children in need and\nchild protection'
    >>> _wrap("SEND and EHCPs", 34)
    'SEND and EHCPs'
    >>> _wrap("one two three four five six", 9)
    'one two\nthree fo…'
    >>> _wrap("Kingston-upon-Thames-Council of the Borough", 12)
    'Kingston-up…\nof the Boro…'
    """
    parts = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [text]
    if len(parts) > lines:
        parts = parts[:lines - 1] + [" ".join(parts[lines - 1:])]
    return "\n".join(_short(p, width) for p in parts)


def literal(text: str) -> str:
    r"""``text`` for a matplotlib label, drawn as it is spelt: a ``$`` is escaped, since two of them start matplotlib's
    mathtext (r31reader: a council or theme named "$Co$" lost its dollars and turned italic on the charts, while the
    tables beside them spelt it out). Matplotlib shows ``\$`` as one dollar in plain text.

    >>> literal("Evil $Co$ Council"), literal("Children in care")
    ('Evil \\$Co\\$ Council', 'Children in care')
    """
    return str(text).replace("$", r"\$")


def axis_value(value: float, unit: str | None = None) -> str:
    """A value axis's tick label: thousands separators and no scientific offset ("1e7" above the axis made a £ axis
    unreadable), pounds with "£" and millions as "£1.5m", percentages with "%".

    >>> [axis_value(v, "gbp") for v in (0, 2_500_000, 15_000_000, 750_000, -1_500_000)]
    ['£0', '£2.5m', '£15m', '£750,000', '-£1.5m']
    >>> axis_value(1200.0, "count"), axis_value(12.5, "percent"), axis_value(0.25)
    ('1,200', '12.5%', '0.25')
    """
    v = float(value)
    if unit == "gbp":
        sign, a = ("-" if v < 0 else ""), abs(v)
        if a >= 1_000_000:
            return f"{sign}£{a / 1_000_000:,.2f}".rstrip("0").rstrip(".") + "m"
        return f"{sign}£{a:,.0f}"
    text = f"{v:,.0f}" if v.is_integer() or abs(v) >= 100 else f"{v:,.2f}".rstrip("0").rstrip(".")
    return text + ("%" if unit == "percent" else "")


def plot_theme_bars(shares: pd.DataFrame, names: dict[str, str], title: str):
    """Horizontal bars of one council's theme shares (percent of words)."""
    import matplotlib.pyplot as plt

    s = shares.sort_values(["share", "theme"], ascending=[True, False], kind="mergesort")
    fig, ax = plt.subplots(figsize=(8, 0.6 + 0.38 * max(len(s), 1)))
    labels = [_wrap(names.get(t, t), 34) for t in s["theme"]]
    ax.barh(range(len(s)), s["share"] * 100, color="#4c72b0")
    ax.set_yticks(range(len(s)), [literal(x) for x in labels])
    for i, v in enumerate(s["share"] * 100):
        ax.text(v + 0.5, i, f"{v:.0f}%", va="center", fontsize=9)
    ax.set_xlabel("share of the minutes' words (%)")
    ax.set_xlim(0, max(10.0, float((s["share"] * 100).max()) * 1.15 if len(s) else 10.0))
    ax.set_title(literal(title), fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    _margins(fig, left=0.4 + 0.075 * max((len(line) for x in labels for line in x.split("\n")), default=1),
             bottom=0.55, top=0.35, right=0.25)
    return fig


def _margins(fig, left: float, bottom: float, top: float, right: float) -> None:
    """Fixed margins in inches (labels sized from their length), instead of ``tight_layout``, which
    measures every text and costs as much as drawing the chart again: this chart is drawn once per
    council."""
    w, h = fig.get_size_inches()
    fig.subplots_adjust(left=min(left / w, 0.6), right=1 - right / w, bottom=bottom / h, top=1 - top / h)


HEATMAP_TOP_LABELS = 15  # rows above which the heatmap repeats its column labels at its top (r33reader)


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
    col_text = [literal(_wrap(c, 26)) for c in cols]
    ax.set_xticks(range(len(cols)), col_text, rotation=25 if len(cols) > 3 else 0,
                  ha="right" if len(cols) > 3 else "center", fontsize=9)
    ax.set_yticks(range(len(rows)), [literal(_wrap(r, 34)) for r in rows], fontsize=9)
    if len(rows) > HEATMAP_TOP_LABELS:  # (r33reader) a tall chart names its columns above its first row too
        top = ax.secondary_xaxis("top")
        top.set_xticks(range(len(cols)), col_text, rotation=25 if len(cols) > 3 else 0,
                       ha="left" if len(cols) > 3 else "center", fontsize=9)
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v = values[i, j]
            ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=8.5,
                    color="white" if v > 0.6 * vmax else "#1d2330")
    fig.colorbar(im, ax=ax, label="% of the council's words", fraction=0.04, pad=0.02)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(literal(title), fontsize=11)
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
    ax.set_yticks(range(len(slugs)), [literal(_wrap(names.get(s, s), 30)) for s in slugs], fontsize=9)
    ax.set_ylim(len(slugs) - 0.3, -0.7)  # the first council (alphabetically) at the top, as in the tables
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.grid(axis="x", color="#e0e0e0")
    ax.set_title("Dated meetings per council", fontsize=11)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def plot_indicator_series(rows: pd.DataFrame, title: str, unit: str, names: dict[str, str]):
    """One indicator over time: a line per council through the values of its dated meetings
    (``indicator_series`` rows of one indicator and unit). Undated values cannot be placed in time
    and are left out (the caller says so)."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    dated = rows[rows["meeting_date"].notna()]
    slugs = sorted(set(dated["council_slug"]))
    fig, ax = plt.subplots(figsize=(8.5, 4.2))
    cmap = plt.get_cmap("tab20" if len(slugs) > 10 else "tab10")
    for i, slug in enumerate(slugs):
        g = dated[dated["council_slug"] == slug].sort_values(["meeting_date", "doc_id"], kind="mergesort")
        ax.plot(pd.to_datetime(g["meeting_date"]), g["value"].astype(float), "-o", markersize=4, linewidth=1.4,
                color=cmap(i % cmap.N), label=literal(_wrap(names.get(slug, slug), 30)))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    codes = {str(u) for u in dated["unit"].dropna()} if "unit" in dated.columns else set()
    code = next(iter(codes)) if len(codes) == 1 else None
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: axis_value(v, code)))
    ax.set_ylabel(literal(unit))
    ax.grid(color="#e6e6e6")
    ax.set_title(literal(title), fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    if slugs:
        ncol = 1 if len(slugs) <= 12 else 2 if len(slugs) <= 30 else 3
        ax.legend(fontsize=7.5, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0), ncol=ncol)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig
