"""Round 17 (r17values): numbers whose value or span was read wrong, as classes of wording from many councils'
minutes (round 16's r16freshB "Missed" classes), and one crash."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures


# -- class 5: an empty indicator phrase after "with" must not crash the extraction --------------------------------

@pytest.mark.parametrize("text", [
    # (a pool's wording, Derbyshire r9idB, with the "with" brought within 40 characters of the second share)
    "Last year the figure was 5.7% with persistent absenteeism - a child with 85% or less - running at 7.4%.",
    "Last year the rate was 5.7% with persistent absence - a pupil with low attendance - running at 7.4%.",
])
def test_empty_phrase_after_with_does_not_crash(text):
    # fails before: a figure whose rules found no phrase, after a figure of its sentence with one and a "with" just
    # before it, took the first word of its empty phrase (IndexError in indicator_phrase)
    f = extract_figures(text)
    assert "7.4%" in f["surface"].tolist()
    assert all(text[s:e] == sf for s, e, sf in zip(f["start"], f["end"], f["surface"]))


# -- class 1: fractions in words are shares ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    # a sentence opening "Half of" before any noun (Peterborough's headline); lower-case "half of" keeps its determiner rule
    ("Half of Peterborough children in care placed outside the city.", "Half", 50.0),
    ("Half of Norfolk pupils with an EHCP attend mainstream schools.", "Half", 50.0),
    # three quarters written with a hyphen and no "of" (Hertfordshire, Newham): not the count "Three"
    ("Three-quarters (75%) of requests for EHCPs have been agreed to proceed to assessment.", "Three-quarters", 75.0),
    ("Of the 416 children looked after, almost three-quarters do not live in the borough.", "three-quarters", 75.0),
    # "half" as the size of a change after "by" (Cambridgeshire, Blackpool, Slough)
    ("The amount spent on tuition rose by more than half – 58 per cent – since 2020.", "half", 50.0),
    ("The number has rocketed by almost half in the last five years.", "half", 50.0),
    ("The number of custody offences had fallen by half from the previous year.", "half", 50.0),
    # "half" after a hedge, before a bracket or a verb (Dudley, Northumberland, Bolton)
    ("Of those being cared for, more than half (327) were boys.", "half", 50.0),
    ("Just over half (262 cases) of the new plans were due to neglect.", "half", 50.0),
    # "half" alone as a verb's subject (Dudley)
    ("Almost all social workers (93%) now have a caseload below 26, and half have a caseload below 21.", "half", 50.0),
])
def test_fraction_in_words_is_a_share(text, surface, value):
    # fails before: each fraction was missed (or "Three-quarters" read as the count 3)
    f = extract_figures(text)
    got = f[f["surface"] == surface]
    assert len(got) == 1, f[["surface", "value"]].values.tolist()
    assert got["value"].iloc[0] == pytest.approx(value)
    assert got["unit"].iloc[0] == "percent"
    assert text[got["start"].iloc[0]:got["end"].iloc[0]] == surface
    assert 3.0 not in f["value"].tolist()  # no "Three" count


def test_fraction_restated_by_its_percentage_keeps_both():
    # the package's convention for a fact said twice ("six (6) schools", "two-thirds (67%)"): two figures
    for text, pair in [("Three-quarters (75%) of requests were agreed.", ["Three-quarters", "75%"]),
                       ("This compares with two-thirds (67%) in 2023.", ["two-thirds", "67%"]),
                       ("There were six (6) schools that closed.", ["six", "6"])]:
        assert extract_figures(text)["surface"].tolist() == pair


@pytest.mark.parametrize("text", [
    "In the second half of the year the service improved.",
    "The second half was better than the first half.",
    "On behalf of the council, the chair thanked officers.",
    "Schools closed for half-term and half a day of training.",
    "The visit lasted one and a half hours.",
    "Compared to the last two quarters, the figure is stable.",
    "Half of the year had passed before the review.",
    # (r32words) "Half of those were late." left this list: tests/gold/README.md counts "half of those" as a share, and
    # the dev gold marks it since round 17's gold commit (wokingham_1); tests/test_figures_r32_r32words.py reads it
])
def test_half_as_a_time_or_a_word_is_no_figure(text):
    f = extract_figures(text)
    assert not any("half" in s.lower() or "quarter" in s.lower() for s in f["surface"]), f["surface"].tolist()


# -- class 3: a "range" from a year-shaped number to one that cannot be a year ------------------------------------------

@pytest.mark.parametrize("text, counts, years", [
    # a year then the count it reached (Hounslow): the count alone, the year a year
    ("EHCPs in Hounslow have doubled from 1089 statements of SEN and EHCPs in 2014 to 2250 as of March 2019.",
     [1089.0, 2250.0], ["2014"]),
    ("Plans rose from 950 in 2016 to 3,120 by 2023.", [950.0, 3120.0], ["2016", "2023"]),
    # two counts of a change "from X to Y", the second no year (above 2100, or below the first)
    ("The number of requests rose from 2014 to 2250 this year.", [2014.0, 2250.0], []),
    ("The number of requests fell from 2019 to 1850 last year.", [2019.0, 1850.0], []),
    ("Referrals went from 2012 – 2,400 in a year.", [2012.0, 2400.0], []),
])
def test_year_shaped_number_to_a_count_is_no_range(text, counts, years):
    # fails before: "2014 to 2250" was one figure, a range from the year 2014 to 2250; a year-shaped first count of a
    # change was a year
    from analysis.figures import extract
    f, n = extract(text)
    assert f["value"].tolist() == counts
    assert f["value_max"].isna().all()
    assert n.loc[n["kind"] == "year", "surface"].tolist() == years


@pytest.mark.parametrize("text, period", [
    ("The number of EHCPs rose from 2014 to 2019 by a quarter.", ["2014", "2019"]),
    ("The plan covers 2020 to 2030.", ["2020 to 2030"]),
    ("Performance between 2014-2025 improved.", ["2014-2025"]),
])
def test_a_span_of_years_stays_one(text, period):
    from analysis.figures import extract
    f, n = extract(text)
    assert n["surface"].tolist() == period
    assert not any(s in ("2014", "2019", "2020", "2030") for s in f["surface"])


# -- class 2: counts run into their noun, and forms of entry written short ---------------------------------------------

@pytest.mark.parametrize("text, surface, value, phrase", [
    ("The school will increase from 6FE (900pupils 11-16) to 8FE.", "900", 900.0, "pupils"),
    ("Capacity rises to 1200pupils in September.", "1200", 1200.0, "pupils in September"),
    ("The new resource base will have 20places for pupils with SEND.", "20", 20.0, "places for pupils with SEND"),
    ("There were 45children in care at the end of March.", "45", 45.0, "children in care"),
])
def test_count_run_into_its_noun_is_a_count(text, surface, value, phrase):
    # fails before: "900pupils" was one glued token, a name (not a figure)
    f = extract_figures(text)
    got = f[f["surface"] == surface]
    assert got[["value", "unit", "indicator"]].values.tolist() == [[value, "count", phrase]]
    assert text[got["start"].iloc[0]:got["end"].iloc[0]] == surface  # the digits' span


@pytest.mark.parametrize("text, surface, value", [
    ("The school will increase from 6FE to 8FE.", "6FE", 6.0),
    ("The school will increase from 6FE to 8FE.", "8FE", 8.0),
    ("A new 2FE primary school will open in 2026.", "2FE", 2.0),
    ("The academy will expand to 3fe from September.", "3fe", 3.0),
])
def test_forms_of_entry_written_short_are_counts(text, surface, value):
    # fails before: "6FE" was a glued name; a count of forms of entry is a school's size (gold: counts of things)
    f = extract_figures(text)
    got = f[f["surface"] == surface]
    assert got[["value", "unit", "indicator"]].values.tolist() == [[value, "count", "forms of entry"]]


@pytest.mark.parametrize("text", ["Pupils in KS2 and Post-16 learners.", "The 3rd and 21st items.", "It cost 17p."])
def test_other_glued_tokens_unchanged(text):
    f = extract_figures(text)
    assert all("FE" not in s for s in f["surface"])
    assert text != "It cost 17p." or f["surface"].tolist() == ["17p"]


# -- class 4: "one" counting a child in a placement or a status ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Moreover, until recently one child had been placed by the council with a provider not registered with Ofsted.",
    "One young person was living in an unregistered children's home at the end of the quarter.",
    "This year, one pupil was permanently excluded from a primary school.",
    "One child remains missing from care.",
])
def test_one_child_in_a_placement_is_a_count(text):
    # fails before: "one" was a count only in a list, before beds, as a step, or after "there was currently"
    f = extract_figures(text)
    got = f[f["surface"].str.lower() == "one"]
    assert got[["value", "unit"]].values.tolist() == [[1.0, "count"]]


@pytest.mark.parametrize("text", [
    "It is one of the biggest causes of the overspend.",
    "Negotiations were ongoing with one preferred provider.",
    "The details: One child, who came to the council after being excluded, was supported.",
    "The council paid £100,000 for just one child placed in residential care.",
    "A council spent £85,000 a week on one child's social care placement.",
])
def test_one_as_a_pronoun_or_a_unit_of_cost_is_no_figure(text):
    f = extract_figures(text)
    assert "one" not in [s.lower() for s in f["surface"]]
