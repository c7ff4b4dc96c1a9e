"""Indicator phrases in shapes that failed on real minutes of dev councils (issue 11, silver pool D
of the phrase3 round): a change named before the number and its object after it, a value given after
a first verb of change, and money named by its purpose. Each test holds several phrasings, written
as minutes write them; each failed before the rule."""

from __future__ import annotations

import pytest

from analysis import figures


def _phrase(sentence: str, surface: str) -> str:
    f = figures.extract_figures(sentence)
    row = f[f["surface"] == surface]
    assert len(row) == 1, f"{surface!r} is not one figure in {sentence!r}"
    return row.iloc[0]["indicator"] or ""


@pytest.mark.parametrize(
    "sentence, surface, phrase",
    [
        ("Members' attention was drawn to page 26 of the presentation pack which highlighted an increase of 30% "
         "in the number of looked after children between March 2009 and March 2019.", "30%",
         "increase in looked after children"),
        ("The report showed a rise of 12% in the number of children subject to a child protection plan.", "12%",
         "rise in children subject to a child protection plan"),
        ("There had been a reduction of 8% in the number of EHC needs assessment requests compared with last year.",
         "8%", "reduction in EHC needs assessment requests"),
        ("The service had seen a fall of around 15% in referrals to children's social care since April.", "15%",
         "fall in referrals to children's social care"),
    ],
)
def test_change_of_n_in_what_follows(sentence: str, surface: str, phrase: str) -> None:
    assert _phrase(sentence, surface) == phrase


@pytest.mark.parametrize(
    "sentence, surface, phrase",
    [
        ("The condition of the A roads has increased and is now at 77% following the most recent survey.", "77%",
         "condition of the A roads"),
        ("Attendance in primary schools had improved and now stood at 95.1% for the autumn term.", "95.1%",
         "Attendance in primary schools"),
        ("The proportion of care leavers in suitable accommodation has risen and is currently at 91% against a "
         "target of 90%.", "91%", "care leavers in suitable accommodation"),
    ],
)
def test_value_after_a_first_verb_of_change(sentence: str, surface: str, phrase: str) -> None:
    assert _phrase(sentence, surface) == phrase


@pytest.mark.parametrize(
    "sentence, surface, phrase",
    [
        ("In July, Cabinet gave approval for £1.742M in 2022-23 to increase capacity within SEND and Inclusion "
         "Services.", "£1.742M", "funding to increase capacity within SEND"),
        ("The Executive agreed £250,000 to extend the family hubs programme into the north of the borough.",
         "£250,000", "funding to extend the family hubs programme into the north of the borough"),
        ("It was also explained that £2.993m had been allocated for additional funding for the high needs block.",
         "£2.993m", "additional funding for the high needs block"),
        ("Members noted the £27.6 million set aside to mitigate risks.", "£27.6 million",
         "money set aside to mitigate risks"),
        ("The one-off £8m invested to reshape Children's Services was welcomed.", "£8m",
         "one-off money invested to reshape Children's Services"),
        ("A further £1.2m was earmarked for the recruitment of foster carers.", "£1.2m",
         "further money earmarked for the recruitment of foster carers"),
    ],
)
def test_money_named_by_its_purpose(sentence: str, surface: str, phrase: str) -> None:
    assert _phrase(sentence, surface) == phrase


def test_money_that_is_the_value_of_the_noun_before_keeps_that_noun() -> None:
    s = "It was noted that the total reserves at £338.6 million were committed to existing revenue programmes."
    assert "committed" not in _phrase(s, "£338.6 million")


@pytest.mark.parametrize(
    "sentence, surface, indicator_id",
    [
        ("Attendance was 93.2%, in line with the national picture of 93.4%.", "93.4%", "school_attendance"),
        ("Performance on EHCPs issued within 20 weeks was 41%. The Committee was told that the service would "
         "achieve the national picture of 58% by December.", "58%", "ehcp_timeliness"),
        ("The NEET rate was 4.1%, better than national performance of 5.2%.", "5.2%", "neet"),
    ],
)
def test_national_picture_is_a_comparator_value_of_the_same_measure(
        sentence: str, surface: str, indicator_id: str) -> None:
    f = figures.extract_figures(sentence)
    row = f[f["surface"] == surface].iloc[0]
    assert row["indicator_id"] == indicator_id
    # the measure is the one named before (r19phrase: the comparator is named before it, "national figure: Attendance")
    assert "national" not in (row["indicator"] or "").split(": ", 1)[-1]
