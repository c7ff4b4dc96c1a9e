"""Round 31 (r31twins): one place for each thing the code said twice, behaviour unchanged (see
tests/realworld/notes/r31_r31twins.md).

1. The ``except`` terms an indicator's phrase names: read by the concept matcher (``_Matcher.excepts``,
   ``indicators._excepted_in``), not by a second regex of the same terms (``_except_pattern``, removed).
2. A COUNCIL= value to one slug: ``names.one_council`` (search and corpus keep their own messages and error types).
3. The lone surrogate: ``names.LONE_SURROGATE`` (was ``corpus._SURROGATE`` and ``search._LONE_SURROGATE``).
4. A reporting period's words and labels: ``periods.period_label`` (was ``stage._period_label``; ``compare.period_end``
   and ``report._period_key`` read the labels with it, each keeping its output).
5. The unit of the paragraph before's last figure: the stage's (``before_unit``), not scanned again.

The old code is written here (from BASE ac12178f) as the reference the new must equal. The texts are written for the
test, not copied from a page.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys

import pytest

from analysis import compare, corpus, names, periods, report, search
from analysis.figures import extraction, indicators, stage
from analysis.figures.indicators import Evidence, load_indicators
from analysis.figures.rules import load_rules

from figure_rows import stage_table


# ----------------------------------------------------------------------------- 1. the except terms


def _old_except_met(exclude: tuple[str, ...], phrase: str) -> bool:
    """BASE's ``_except_pattern(exclude).search(_norm_for_concepts(phrase))``."""
    terms = sorted({indicators._spelling_as_one(indicators._norm_for_match(t)) for t in exclude}, key=len, reverse=True)
    terms = [t for t in terms if t]
    if not terms:
        return False
    pat = re.compile(r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", " ").replace(" ", r"\s+") for t in terms)
                     + r")(?:s|es|'s)?\b")
    return pat.search(indicators._norm_for_concepts(phrase)) is not None


_PHRASES = [
    "health assessments carried out within the timescale", "single assessments completed within timescale",
    "initial health assessments", "EHC needs assessments completed in 20 weeks", "children in care",
    "children in care council members", "children in care homes outside the county", "new foster carers approved",
    "foster carers", "fostering agency placements", "agency social workers", "pupils' attendance", "apologies for absence",
    "vacancy rate of school governors", "social worker vacancy rate", "annual reviews of EHCPs completed on time",
    "EHCPs issued within 20 weeks", "children who started an episode of need", "children in need",
    "child protection conference chairs", "children on child protection plans", "collection fund surplus",
    "budget overspend", "transport for SEND provision", "high needs block deficit", "school places per week",
    "weekly cost of a residential placement", "the Children in Care Council's chair", "statutory assessments",
]


def _units(ind) -> tuple[str, str | None]:
    return ind.unit, (ind.per[0] if ind.per else None)


@pytest.mark.parametrize("phrase", _PHRASES)
def test_excepted_in_meets_what_the_old_pattern_met(phrase):
    inds = load_indicators()
    for ind in inds:
        if not ind.exclude:
            continue
        unit, per = _units(ind)
        m = indicators._matcher(inds, unit, per)
        assert m is not None and any(i.id == ind.id for i in m.indicators)
        assert (ind.id in indicators._excepted_in(m, phrase)) == _old_except_met(ind.exclude, phrase), (ind.id, phrase)


def test_every_except_term_alone_is_met_as_before():
    # each `except` term of indicators.yml, alone and in its plural, is met by the unit's matcher as the old pattern met it
    inds = load_indicators()
    n = 0
    for ind in inds:
        unit, per = _units(ind)
        m = indicators._matcher(inds, unit, per)
        for term in ind.exclude:
            for phrase in (term, term + "s", f"the {term} noted"):
                assert (ind.id in indicators._excepted_in(m, phrase)) == _old_except_met(ind.exclude, phrase), (ind.id, phrase)
                n += 1
    assert n > 400


def test_the_matcher_knows_its_except_terms():
    inds = load_indicators()
    m = indicators._matcher(inds, "percent", None)
    assert m.excepts and all(isinstance(v, frozenset) for v in m.excepts.values())
    assert not hasattr(indicators, "_except_pattern")  # the second matcher is gone


def test_an_id_the_units_matcher_does_not_hold_reads_its_own_terms():
    # placement_cost_weekly fits money per week only: a figure of money with no "per" still reads its except terms
    inds = load_indicators()
    ind = next(i for i in inds if i.id == "placement_cost_weekly")
    m = indicators._matcher(inds, "gbp", None)
    assert all(i.id != ind.id for i in m.indicators)
    ev = Evidence("nursery places", "own", "£40,000 for nursery places", "£40,000 for nursery places", "gbp", None)
    assert indicators._phrase_names_excepted(ev, "placement_cost_weekly", inds) is True
    assert _old_except_met(ind.exclude, "nursery places")


@pytest.mark.parametrize("phrase, iid, excepted", [
    ("health assessments carried out within the timescale", "assessment_timeliness", True),
    ("single assessments completed within timescale", "assessment_timeliness", False),
    ("initial health assessments", "assessment_timeliness", True),
    ("new foster carers approved", "foster_carers", True),
    ("foster carers", "foster_carers", False),
])
def test_phrase_names_excepted_as_before(phrase, iid, excepted):
    inds = load_indicators()
    unit = next(i.unit for i in inds if i.id == iid)
    ev = Evidence(phrase, "own", phrase, phrase, unit, None)
    assert indicators._phrase_names_excepted(ev, iid, inds) is excepted


# ----------------------------------------------------------------------------- 2 and 3. council names, surrogates


def test_one_surrogate_pattern_and_one_slugify():
    assert corpus.LONE_SURROGATE is names.LONE_SURROGATE is search.LONE_SURROGATE
    assert corpus.slugify is names.slugify and corpus.match_council is names.match_council
    assert not hasattr(corpus, "_SURROGATE") and not hasattr(search, "_LONE_SURROGATE")


def test_search_and_corpus_keep_their_messages(tmp_path):
    cs = {"torbay-council": "Torbay Council", "west-sussex-county-council": "West Sussex County Council"}
    assert search.resolve_council("torbay", cs) == "torbay-council"
    with pytest.raises(search.SearchError, match="names 2 councils: torbay-council, west-sussex-county-council"):
        search.resolve_council("council", cs)
    with pytest.raises(search.SearchError, match=r"unknown council 'zeta' \(COUNCIL=<slug>\); the councils in the index"):
        search.resolve_council("zeta", cs)
    with pytest.raises(ValueError, match="several"):
        names.one_council("council", cs, lambda found: ValueError("several"), lambda: KeyError("none"))


def test_search_starts_without_corpus():
    out = subprocess.run([sys.executable, "-c", "import sys, analysis.search; print('analysis.corpus' in sys.modules, "
                          "'analysis.clean' in sys.modules)"], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# ----------------------------------------------------------------------------- 4. periods


_OLD_LABEL = re.compile(r"(?:Q([1-4]) )?(\d{4})/(\d{2})")
_OLD_QUARTER_END = {1: "06-30", 2: "09-30", 3: "12-31", 4: "03-31"}


def _old_period_end(period):
    if not isinstance(period, str):
        return None
    ends = []
    for part in period.split("; "):
        m = _OLD_LABEL.fullmatch(part.strip())
        if m is None:
            continue
        first = int(m.group(2))
        if int(m.group(3)) != (first + 1) % 100:
            continue
        quarter = int(m.group(1) or 4)
        ends.append(f"{first + 1 if quarter == 4 else first:04d}-{_OLD_QUARTER_END[quarter]}")
    return max(ends) if ends else None


def _old_period_key(period):
    year = re.search(r"\d{4}(?:/\d{2,4})?", period)
    return (year.group(0) if year else "", period)


def _labels() -> list[str]:
    """Every label the stage and compare make of period_label's parts (a quarter, a year, both), and joins of them."""
    years = [f"{y}/{(y + 1) % 100:02d}" for y in range(1900, 2100)]
    quarters = ["Q1", "Q2", "Q3", "Q4"]
    singles = quarters + years + [f"{q} {y}" for q in quarters for y in years]
    rng = random.Random(31)
    return singles + ["; ".join(rng.sample(singles, k)) for k in (2, 3) for _ in range(2000)]


def test_period_end_and_key_as_before_on_every_label():
    for label in _labels():
        assert compare.period_end(label) == _old_period_end(label), label
        assert report._period_key(label) == _old_period_key(label), label


def test_labels_read_back():
    # a label is period_label's own parts joined: reading it again gives them back
    for q in ("Q1", "Q4", None):
        for y in ("2024/25", "1999/00", None):
            label = " ".join(x for x in (q, y) if x)
            if label:
                assert periods.period_label(label) == (q, y)
    assert periods.label_parts("Q2 2024/25") == (2, 2024)


def test_one_period_reader():
    assert not hasattr(stage, "_period_label") and not hasattr(compare, "_PERIOD_LABEL")
    assert stage.period_label is periods.period_label is compare.period_label


# ----------------------------------------------------------------------------- 5. the unit of the paragraph before


_BEFORE = "In May members heard the placements budget could be £1.2 million overspent by the year end."
_TEXT = "But that figure has now grown to £1.9 million, the finance director said."


def _phrase(rows, surface):
    return next(r["indicator"] for r in rows if r["surface"] == surface)


def test_before_unit_given_is_the_one_path():
    # (r32tidy) the paragraph before is no longer scanned again for its last figure's unit (``_last_figure_unit``, which
    # only direct callers reached, is gone): the caller's unit decides, and a caller that gives none carries nothing
    inds, rules = load_indicators(), load_rules()
    assert not hasattr(extraction, "_last_figure_unit")
    given = extraction.extract_rows(_TEXT, inds, rules, "", _BEFORE, before_measure="placements budget",
                                    before_unit="gbp")[0]
    assert _phrase(given, "£1.9 million") == "placements budget"
    none = extraction.extract_rows(_TEXT, inds, rules, "", _BEFORE, before_measure="placements budget")[0]
    assert _phrase(none, "£1.9 million") != "placements budget"


def test_before_unit_is_read_from_the_argument():
    # the stage's unit decides: a paragraph before whose last figure was a count carries no money measure
    inds, rules = load_indicators(), load_rules()
    rows = extraction.extract_rows(_TEXT, inds, rules, "", _BEFORE, before_measure="placements budget",
                                   before_unit="count")[0]
    assert _phrase(rows, "£1.9 million") != "placements budget"


def test_the_stage_passes_the_unit_of_the_last_figure(tmp_path):
    figs = stage_table(tmp_path, _BEFORE + "\n\n" + _TEXT)
    assert figs.loc[figs["surface"] == "£1.9 million", "indicator"].tolist() == ["placements budget"]
