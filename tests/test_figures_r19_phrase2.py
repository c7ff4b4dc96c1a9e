"""Round 19 (r19phrase2): the shapes of the three largest wrong-phrase classes of rounds 8-18 (H, B, E), fixed where a
shape is one structure seen at 3 councils or more. The sentences are written in council style (not copied from a page),
several phrasings per shape. Tests marked "fails on the old code" do (main f1826f9); the guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import extract_figures, one_figure as _fig


# B2c. A comparison's second value named by the place it is of, right after it: "6.2%, compared to 6.4% nationally",
#      "49.3% in the East of England and 55.7% in England as a whole", "4% compared to ... over 18% in the North East".
#      The phrase was the first figure's measure, often with the council's own place ("Key Stage 2 pupils in St Helens
#      who reached ..."), so a national value read as the council's own; readers name the place ("national share of Key
#      Stage 2 pupils ...", "North East rise in looked after children"). Judged wrong at St Helens, Norfolk, South
#      Tyneside; the same structure read with its place at Sunderland, Derbyshire, Swindon. Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Persistent absence in Wyre secondary schools stands at 6.2%, compared to 6.4% nationally.", "6.4%",
     "national figure: Persistent absence in secondary schools"),
    ("Some 61 percent of Year 6 pupils in Oakham reached the expected standard, compared to 65 percent nationally.",
     "65 percent", "national figure: Year 6 pupils who reached the expected standard"),
    ("The rate of children in care per 10,000 in Tendring was 71, compared to 67 nationally and 58 in the East of England.",
     "67", "national figure: rate of children in care per 10,000"),
    ("The rate of children in care per 10,000 in Tendring was 71, compared to 67 nationally and 58 in the East of England.",
     "58", "East of England figure: rate of children in care per 10,000"),
    ("The number of children in need in Wansbeck rose by 3% compared to a national rise of 6% and over 11% in the North East.",
     "11%", "North East figure: children in need"),
    ("The borough has a persistent primary absence rate of 17.2% compared to 16.2% nationally.", "16.2%",
     "national figure: persistent primary absence rate"),
])
def test_a_comparisons_second_value_names_the_place_after_it(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# B2c guards: the first value keeps its phrase and id; the place's value keeps the id of the measure; a value named by a
# place with no first value in the sentence, a time after the value, or a place used as a name ("London boroughs"), is
# left as it was. Pass on both.
def test_the_first_value_and_the_id_are_kept():
    f = extract_figures("The borough has a persistent primary absence rate of 17.2% compared to 16.2% nationally.")
    assert f["indicator"].tolist()[0] == "persistent primary absence rate"
    assert f["indicator_id"].tolist()[0] == f["indicator_id"].tolist()[1]


@pytest.mark.parametrize("text, surface, phrase", [
    ("However, school suspensions increased by 13% across England.", "13%", "school suspensions"),
    ("The persistent absence rate was 17.2% this year compared to 16.2% last year.", "16.2%",
     "persistent absence rate"),
])
def test_no_place_value_without_a_comparison_or_a_place(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


def test_a_place_used_as_a_name_is_no_place_value():
    f = extract_figures("Agency staff make up 21% of social workers, compared to 15% in London boroughs.")
    assert not str(f[f["surface"] == "15%"]["indicator"].iloc[0]).startswith("London figure")


# B2c'. The comparator's value inside its noun phrase after a first value: "well below the 60 per cent national
#       average", "compared to the 10% national average", "lower than the 0.11 per cent national average". The phrase
#       was the first figure's measure with a verb ("lower: ..."), a noun after it, or a clause before it; readers name
#       the comparator with the measure ("EHCPs issued within 20 weeks, national average", "national permanent exclusion
#       rate"). Judged wrong at St Helens, Hertfordshire, Sutton. Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Just 9.9 per cent of children with SEND received their plan within 20 weeks - one of the worst totals of all "
     "local authorities and well below the 60 per cent national average.", "60 per cent",
     "national average: children with SEND received their plan within 20 weeks"),
    ("The overall permanent exclusion rate in Wyre schools was 0.08 per cent, which is lower than the 0.11 per cent "
     "national average.", "0.11 per cent", "national average: overall permanent exclusion rate in schools"),
    ("The proportion of care leavers in education, employment or training is 58%, above the 55% regional average.",
     "55%", "regional average: care leavers in education, employment or training"),
])
def test_a_comparators_value_inside_its_noun_phrase_names_the_comparator(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase
