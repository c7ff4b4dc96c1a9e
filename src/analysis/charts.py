"""The report charts: matplotlib figures drawn from the compare stage's tables.

Each function returns a figure; ``report.chart`` turns one into an image embedded in a page, and
the report notebooks show the same figures inline. Colours, sizes and fonts are fixed so two runs
draw the same pixels.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

import pandas as pd

from .unitnames import UNIT_SYMBOLS, bound_mark, money_text


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
    if unit in UNIT_SYMBOLS:  # (r35twins: any currency, its symbol placed by unitnames.money_text, as the tables')
        sign, a = ("-" if v < 0 else ""), abs(v)
        if a >= 1_000_000:
            return money_text(sign + f"{a / 1_000_000:,.2f}".rstrip("0").rstrip(".") + "m", unit)
        return money_text(f"{sign}{a:,.0f}", unit)
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


#: (r34charts) Units whose values are amounts from nothing (a count, a sum of money, a share, a rate per population):
#: their value axis starts at zero, so that a bar's length or a point's height is the amount and two councils' gap is
#: not blown up (r32-r34reader: a budget variance axis from £250,000 made £300,000 look a seventh of £2.143m). Durations,
#: percentage points (a change, often negative) and units not named here keep the axis matplotlib chooses.
ZERO_BASED_UNITS = frozenset(("count", "gbp", "eur", "usd", "percent", "rate"))


def _unit_code(rows: pd.DataFrame) -> str | None:
    """The one unit code of ``rows`` (``None`` when there is no ``unit`` column or it holds several)."""
    codes = {str(u) for u in rows["unit"].dropna()} if "unit" in rows.columns else set()
    return next(iter(codes)) if len(codes) == 1 else None


def one_value_each(rows: pd.DataFrame) -> bool:
    """Whether every council in ``rows`` has exactly one dated value (and there is at least one): nothing to join over
    time, so :func:`plot_indicator_series` compares the councils' values instead of drawing lines.

    >>> one_value_each(pd.DataFrame({"council_slug": ["a", "b"], "meeting_date": ["2024-01-01", "2023-05-01"]}))
    True
    >>> one_value_each(pd.DataFrame({"council_slug": ["a", "a", "b"], "meeting_date": ["2024-01-01", "2024-03-01", None]}))
    False
    >>> one_value_each(pd.DataFrame({"council_slug": ["a"], "meeting_date": [None]}))
    False
    """
    dated = rows[rows["meeting_date"].notna()]
    return len(dated) > 0 and bool((dated.groupby("council_slug").size() == 1).all())


def chart_kind(rows: pd.DataFrame) -> str:
    """What :func:`plot_indicator_series` draws for ``rows`` (the words of its alternative text): ``"line"`` over time,
    or, when every council has one dated value, ``"bar"`` for a :data:`ZERO_BASED_UNITS` unit and ``"dot"`` otherwise.

    >>> r = pd.DataFrame({"council_slug": ["a", "b"], "meeting_date": ["2024-01-01", "2023-05-01"], "unit": "gbp"})
    >>> chart_kind(r), chart_kind(r.assign(unit="days")), chart_kind(pd.concat([r, r.iloc[:1]]))
    ('bar', 'dot', 'line')
    """
    dated = rows[rows["meeting_date"].notna()]
    if not one_value_each(dated):
        return "line"
    return "bar" if _unit_code(dated) in ZERO_BASED_UNITS else "dot"


def _zero_axis(ax, values: Sequence[float], code: str | None) -> None:
    """(r34charts) The y axis of a :data:`ZERO_BASED_UNITS` unit reaches zero: it starts at zero when no value is
    negative (ends at zero when none is positive); other units are left as drawn."""
    if code not in ZERO_BASED_UNITS or not len(values):
        return
    if min(values) >= 0:
        ax.set_ylim(bottom=0)
    elif max(values) <= 0:
        ax.set_ylim(top=0)


def plot_indicator_series(rows: pd.DataFrame, title: str, unit: str, names: dict[str, str]):
    """One indicator over time: a line per council through the values of its dated meetings
    (``indicator_series`` rows of one indicator and unit). Undated values cannot be placed in time
    and are left out (the caller says so).

    (r34charts) A council with one dated value is drawn as a marker, without a line, and its legend shows a marker
    (a legend line joined nothing). When every council has one dated value the chart compares the councils instead
    (:func:`plot_indicator_values`). A count, money, a share or a rate has its value axis from zero
    (:data:`ZERO_BASED_UNITS`).

    (r43report) A value the minutes give as a bound or an approximation (its ``bound``, "above 71%") is drawn as an
    open marker labelled with its mark ("> 71%", :func:`marked_label`), and the legend's last entry says what an open
    marker is; a chart without one is drawn as before."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    dated = rows[rows["meeting_date"].notna()]
    kind = chart_kind(dated)  # (r35twins) decided once, here; the caller's alternative text asks chart_kind the same
    if kind != "line":
        return plot_indicator_values(dated, title, unit, names, kind=kind)
    slugs = sorted(set(dated["council_slug"]))
    fig, ax = plt.subplots(figsize=(8.5, 4.2))
    cmap = plt.get_cmap("tab20" if len(slugs) > 10 else "tab10")
    code = _unit_code(dated)
    any_bounded = False
    for i, slug in enumerate(slugs):
        g = dated[dated["council_slug"] == slug].sort_values(["meeting_date", "doc_id"], kind="mergesort")
        x, y = pd.to_datetime(g["meeting_date"]), g["value"].astype(float)
        ax.plot(x, y, "-o" if len(g) > 1 else "o",
                markersize=4 if len(g) > 1 else 5, linewidth=1.4,
                color=cmap(i % cmap.N), label=literal(_wrap(names.get(slug, slug), 30)))
        # (r43report) a value given as a bound or an approximation: an open marker over its point, labelled with its
        # mark as the tables write it ("> 71%")
        open_ = bounded(g)
        for xb, yb, b in zip(x[open_], y[open_], g.loc[open_, "bound"] if any(open_) else []):
            any_bounded = True
            ax.plot([xb], [yb], "o", markersize=7, color=cmap(i % cmap.N), zorder=3, **_OPEN)
            ax.annotate(marked_label(yb, code, b), (xb, yb), xytext=(5, 5), textcoords="offset points",
                        fontsize=7.5, color="#1d2330")
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    _zero_axis(ax, [float(v) for v in dated["value"]], code)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: axis_value(v, code)))
    ax.set_ylabel(literal(unit))
    ax.grid(color="#e6e6e6")
    ax.set_title(literal(title), fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    if slugs:
        ncol = 1 if len(slugs) <= 12 else 2 if len(slugs) <= 30 else 3
        handles, labels = ax.get_legend_handles_labels()
        if any_bounded:  # (r43report) the open marker's key, last
            handles.append(_bounded_legend_handle(False))
            labels.append(BOUNDED_LEGEND)
        ax.legend(handles, labels, fontsize=7.5, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0), ncol=ncol)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def _value_title(title: str) -> str:
    """The title of a chart of one value per council: the caller's "... over time" says what it is not.

    >>> _value_title("Budget variance (£) over time"), _value_title("Children in care")
    ('Budget variance (£): one dated value per council', 'Children in care: one dated value per council')
    """
    base = title[: -len(" over time")] if title.endswith(" over time") else title
    return base + ": one dated value per council"


def value_label(value: float, unit: str | None = None) -> str:
    """A value written beside its bar or dot: as :func:`axis_value`, but a sum of pounds whole, as the tables write it
    (an axis's "£2.14m" for the minutes' £2.143m lost a digit the table beside the chart shows).

    >>> value_label(2_143_000, "gbp"), value_label(-400_000, "gbp"), value_label(12.5, "gbp"), value_label(405, "count")
    ('£2,143,000', '-£400,000', '£12.50', '405')

    (r35twins) Any currency has its symbol, placed as the tables place it (:func:`.unitnames.money_text`):

    >>> value_label(-1_500, "eur"), axis_value(2_500_000, "usd")
    ('-€1,500', '$2.5m')
    """
    v = float(value)
    if unit not in UNIT_SYMBOLS:
        return axis_value(v, unit)
    a = abs(v)
    return money_text(("-" if v < 0 else "") + (f"{a:,.0f}" if a.is_integer() or a >= 100 else f"{a:,.2f}"), unit)


def marked_label(value: float, unit: str | None = None, bound: Any = None) -> str:
    """(r43report) A value's label on a chart (:func:`value_label`) after the mark of its ``bound`` (the figures'
    column: "above 71%" is "> 71%"), as the tables write it (:func:`.unitnames.bound_mark`; the mark before a sign and
    a currency's symbol, as :func:`.unitnames.money_text` places it).

    >>> marked_label(71.0, "percent", "more_than"), marked_label(2e6, "gbp", "about"), marked_label(-300, "gbp", "at_most")
    ('> 71%', '~£2,000,000', '≤ -£300')
    >>> marked_label(405, "count"), marked_label(405, "count", float("nan"))
    ('405', '405')
    """
    return bound_mark(bound) + value_label(value, unit)


def bounded(rows: pd.DataFrame) -> list[bool]:
    """(r43report) Per row of ``rows`` (``indicator_series`` rows): whether its value is given as a bound or an
    approximation (its ``bound`` is one the pages mark, :data:`.unitnames.BOUND_MARKS`). All false for rows without the
    column (an older run's table).

    >>> bounded(pd.DataFrame({"bound": ["more_than", None, "about", "?"]})), bounded(pd.DataFrame({"value": [1.0]}))
    ([True, False, True, False], [False])
    """
    if "bound" not in rows.columns:
        return [False] * len(rows)
    return [bool(bound_mark(b)) for b in rows["bound"]]


#: (r43report) the legend entry of a value drawn open: the minutes give a bound or an approximation, not the value
BOUNDED_LEGEND = "open: the minutes give a bound or an\napproximation (> ≥ < ≤ ~ before the value)"
#: (r43report) how a bounded value is drawn: an open marker (white inside, the line's colour around), a bar white with
#: its outline and hatching
_OPEN = {"markerfacecolor": "white", "markeredgewidth": 1.6}
_OPEN_BAR = {"facecolor": "white", "hatch": "////", "linewidth": 1.2}
_BOUNDED_KEY = "#555555"  # the legend key's colour: any council's
_KEY_STRIP = 0.5  # inches kept under a chart of one value per council for the key of an open bar or dot


def _bounded_legend_handle(bars: bool) -> Any:
    """The legend's key of a value drawn open (:data:`BOUNDED_LEGEND`): an open bar or an open dot."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    if bars:
        return Patch(edgecolor=_BOUNDED_KEY, label=BOUNDED_LEGEND, **_OPEN_BAR)
    return Line2D([], [], marker="o", linestyle="none", markersize=6, markeredgecolor=_BOUNDED_KEY,
                  label=BOUNDED_LEGEND, **_OPEN)


def plot_indicator_values(rows: pd.DataFrame, title: str, unit: str, names: dict[str, str], kind: str | None = None):
    """(r34charts) One indicator where each council has one dated value: a row per council (A to Z down the page, as
    the tables beside it), its value on one horizontal axis and its meeting's month beside the value. Nothing joins
    the councils, and no date axis spreads them over years as if they were one series.

    A count, money, a share or a rate (:data:`ZERO_BASED_UNITS`, one unit for every value) is drawn as a bar from
    zero, whose length is the amount; any other unit (durations, percentage points) as a dot on an axis that need not
    hold zero, where a bar's length would mean nothing. ``kind``: :func:`chart_kind` of the rows when the caller has
    it (``"bar"`` or ``"dot"``), else asked here.

    (r35twins) The axis reaches as far right as the longest value's text: a label that ran past the figure's edge
    ("£2,143,000, Jun 2024" beside the longest bar, below a long council name) was cut off.

    (r43report) A value given as a bound or an approximation (its ``bound``) is an open, hatched bar (an open dot), its
    text after its mark ("> 71%, Mar 2024"), with the key of an open bar (dot) at the foot of the chart."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    dated = rows[rows["meeting_date"].notna()].sort_values(["council_slug", "meeting_date"], kind="mergesort")
    code = _unit_code(dated)
    values = [float(v) for v in dated["value"]]
    months = [pd.Timestamp(d).strftime("%b %Y") for d in dated["meeting_date"]]
    labels = [literal(_wrap(names.get(s, s), 34)) for s in dated["council_slug"]]
    n = len(values)
    open_ = bounded(dated)  # (r43report) values given as a bound or an approximation: drawn open, with their mark
    marks = list(dated["bound"]) if "bound" in dated.columns else [None] * n
    fig, ax = plt.subplots(figsize=(8.5, 1.3 + 0.5 * max(n, 1) + (_KEY_STRIP if any(open_) else 0.0)))
    ys = list(range(n))
    bars = (kind or chart_kind(dated)) == "bar"
    if bars:
        drawn = ax.barh(ys, values, height=0.55, color="#4c72b0")
        for patch, o in zip(drawn.patches, open_):
            if o:
                patch.set(edgecolor="#4c72b0", **_OPEN_BAR)
        ax.axvline(0, color="#555555", linewidth=0.8)
    else:
        shut = [i for i, o in enumerate(open_) if not o]
        ax.plot([values[i] for i in shut], [ys[i] for i in shut], "o", color="#4c72b0", markersize=7)
        if any(open_):
            shown = [i for i, o in enumerate(open_) if o]
            ax.plot([values[i] for i in shown], [ys[i] for i in shown], "o", color="#4c72b0", markersize=7, **_OPEN)
    ax.set_yticks(ys, labels, fontsize=9)
    ax.set_ylim(n - 0.4, -0.6)  # the first council (alphabetically) at the top
    lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
    if bars:  # the axis holds zero: from zero when no value is negative
        lo, hi = min(lo, 0.0), max(hi, 0.0)
    span = (hi - lo) or abs(hi) or 1.0
    left = 0.0 if bars and lo == 0 else lo - 0.06 * span
    ax.set_xlim(left, hi + 0.45 * span)  # room on the right for the value and its month
    texts = [ax.text((max(v, 0.0) if bars else v) + 0.015 * span, y, f"{marked_label(v, code, b)}, {m}", va="center",
                     ha="left", fontsize=8.5, color="#1d2330") for y, v, m, b in zip(ys, values, months, marks)]
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: axis_value(v, code)))
    ax.set_xlabel(literal(unit))
    ax.grid(axis="x", color="#e6e6e6")
    ax.set_axisbelow(True)
    ax.set_title(literal(_value_title(title)), fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    if any(open_):  # (r43report) the open bar's (dot's) key, in a strip kept at the foot of the figure
        fig.legend(handles=[_bounded_legend_handle(bars)], fontsize=7.5, frameon=False, loc="lower left",
                   bbox_to_anchor=(0.01, 0.0))
        fig.tight_layout(rect=(0.0, _KEY_STRIP / fig.get_size_inches()[1], 1.0, 1.0))
    else:
        fig.tight_layout()
    _fit_texts_right(fig, ax, texts, 0.015 * span)
    _ticks_up_to(ax, hi)
    return fig


def _ticks_up_to(ax, hi: float) -> None:
    """(r35twins2) Keep the value axis's ticks (and their grid lines) from running on into the room kept right of the
    largest value for its text ("£2.5m", "£3m" past a largest value of £2.143m: r34charts): the ticks the axis's own
    locator picks for its limits, from its left end up to ``hi`` (the largest value, or zero), and none beyond it; when
    that leaves fewer than three, the locator's ticks for the left end to ``hi`` (denser). The limits do not move.

    >>> import matplotlib; matplotlib.use("Agg"); import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots(); _ = ax.set_xlim(0, 3.2); _ticks_up_to(ax, 2.143)
    >>> [float(t) for t in ax.get_xticks()], [float(x) for x in ax.get_xlim()]
    ([0.0, 0.5, 1.0, 1.5, 2.0], [0.0, 3.2])
    >>> plt.close(fig)
    """
    lo, right = ax.get_xlim()
    eps = 1e-9 * ((right - lo) or 1.0)
    locator = ax.xaxis.get_major_locator()
    ticks = [float(t) for t in locator.tick_values(lo, right) if lo - eps <= t <= hi + eps]
    if len(ticks) < 3:
        ticks = [float(t) for t in locator.tick_values(lo, hi) if lo - eps <= t <= hi + eps]
    if ticks:
        ax.set_xticks(ticks)
        ax.set_xlim(lo, right)


def _fit_texts_right(fig, ax, texts: Sequence[Any], pad: float) -> None:
    """(r35twins) Widen the x axis to the right, after the layout, until every text of ``texts`` ends inside it (and
    ``pad`` data units more): a value's text past the axes' right edge ran off the figure. Nothing moves when all fit,
    so a chart whose texts fit is drawn as before. A text starting at ``x`` (data) and ``w`` pixels wide ends inside
    axes ``W`` pixels wide from ``lo`` to ``hi`` when ``(x - lo) / (hi - lo) * W + w <= W``: ``hi`` is set to the least
    such value over the texts (a text wider than the axes themselves is left as it is)."""
    if not texts:
        return
    # (r35review) no renderer passed: each artist asks its figure's, whatever the backend (``canvas.get_renderer``
    # is the Agg canvas's alone: a notebook drawing to SVG or PDF raised AttributeError here)
    width = float(ax.get_window_extent().width)
    lo, hi = ax.get_xlim()
    need = hi
    for t in texts:
        w = float(t.get_window_extent().width)
        x = float(t.get_position()[0])
        if w < width and x > lo:
            need = max(need, lo + (x - lo) * width / (width - w))
    if need > hi:
        ax.set_xlim(lo, need + pad)
