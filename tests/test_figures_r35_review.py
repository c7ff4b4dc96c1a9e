"""Round 35, helper r35review: guards on wave 1's new rules, for inputs a council would plausibly write.

* ``extraction.millions_left_out`` (r35figs) read a rate to a tenth of a penny as millions when an amount in millions
  stood anywhere before it ("£0.450 per mile" -> £450,000); its "scale word after" guard was a ``^`` pattern matched at
  a position, so it never matched; and it scanned the whole text again for each bare amount (quadratic).
* ``phrase_changes.seen_change_of`` (r35phrase) named the people who watched a rise as what rose ("Members had seen an
  increase of 20%" -> "increase in Members").
* ``charts._fit_texts_right`` (r35twins) asked ``fig.canvas.get_renderer()``, which only the Agg canvas has.

Every phrasing was written for the test (not copied from minutes). Each ``*_fails_at_mid`` case fails on MID 24e80954;
the guards pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures import extraction
from analysis.figures.extraction import millions_left_out
from analysis.figures.phrase_changes import seen_change_of
from figure_rows import one_figure


@pytest.mark.parametrize("text, surface, value", [
    ("The overspend is forecast at £1.409 million. Mileage is reimbursed at £0.450 per mile.", "£0.450", 0.45),
    ("The DSG deficit stands at £3.215 million. School meals now cost £2.375 a day.", "£2.375", 2.375),
    ("Savings of £1.250 million were agreed; the uplift is £0.125/hour for carers.", "£0.125", 0.125),
])
def test_a_rate_to_a_tenth_of_a_penny_is_no_millions_fails_at_mid(text: str, surface: str, value: float) -> None:
    assert one_figure(text, surface)["value"] == pytest.approx(value)


def test_a_scale_word_after_the_amount_is_read_fails_at_mid() -> None:
    t = "The overspend is £1.409 million; the bid is £1.344 thousand."
    assert not millions_left_out(t, t.index("£1.344"), t.index(" thousand"), None)


def test_millions_beside_are_looked_for_once_a_text_fails_at_mid(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = extraction._MILLIONS_THOUSANDTHS

    class Counting:
        def finditer(self, *args: object):
            calls.append(args[1:])
            return real.finditer(*args)

    monkeypatch.setattr(extraction, "_MILLIONS_THOUSANDTHS", Counting())
    getattr(extraction, "_millions_spans", lambda t: None).__dict__.get("cache_clear", lambda: None)()
    text = " ".join(f"Line {i} cost £{i + 1}.{i:03d} in total." for i in range(200))
    at = [text.index(f"£{i + 1}.{i:03d}") for i in range(200)]
    assert not any(millions_left_out(text, a, a + len(f"£{i + 1}.{i:03d}"), None) for i, a in enumerate(at))
    assert len(calls) == 1


@pytest.mark.parametrize("text, surface, value", [
    # guards: r35figs' own cases keep their millions
    ("The forecast is £1.409 million overspend. Last time at the forum it was £1.344.", "£1.344", 1344000.0),
    ("Reserves of £14.205 million were drawn down, of which only £6.310 had been planned.", "£6.310", 6310000.0),
])
def test_millions_left_out_still_read(text: str, surface: str, value: float) -> None:
    assert one_figure(text, surface)["value"] == value


@pytest.mark.parametrize("before, right", [
    ("Members had seen an increase of ", " last year."),
    ("The Director said colleagues have seen a ", " increase."),
    ("Head teachers have seen a ", " rise since September."),
])
def test_who_watched_a_rise_is_not_what_rose_fails_at_mid(before: str, right: str) -> None:
    assert seen_change_of(before, right) == ""


@pytest.mark.parametrize("before, right, phrase", [
    # guards: r35phrase's own cases
    ("Lisa Beckett, head of performance, said customer services had seen an increase of ", ".",
     "increase in customer services"),
    ("Funding for high needs pupils has seen a ", " increase, with extra measures", "increase in funding for high needs pupils"),
    ("particularly for Mainstream, which had seen a growth of ", ", Special with a growth", "growth in Mainstream"),
])
def test_seen_change_of_still_reads(before: str, right: str, phrase: str) -> None:
    assert seen_change_of(before, right) == phrase


def test_texts_fit_on_a_canvas_that_is_not_agg_fails_at_mid() -> None:
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    from analysis import charts

    fig = Figure(figsize=(6, 2))
    FigureCanvasSVG(fig)
    ax = fig.add_subplot()
    ax.set_xlim(0, 1)
    t = ax.text(0.9, 0, "€2,143,000, Jun 2024", fontsize=9)
    charts._fit_texts_right(fig, ax, [t], 0.01)
    assert ax.get_xlim()[1] > 1.0
